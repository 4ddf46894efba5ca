// Text → data, with parse failures reported as FLOWSHIP_CONFIG_INVALID for the file.

import { invalid } from './invalid.js';

export type YamlParse = (text: string) => unknown;

// The YAML parser is most of a bundle's start-up time and only `.releaserc` files written in YAML
// need it, so it is handed in on demand (`needsYaml` says when) instead of imported here.
let parseYaml: YamlParse | null = null;

export function installYamlParser(parse: YamlParse): void {
  parseYaml = parse;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(stripBom(text));
    return true;
  } catch {
    return false;
  }
}

/** True when some configuration text is not JSON, so YAML may be needed to read it. */
export function needsYaml(texts: Iterable<string | null>): boolean {
  for (const text of texts) if (text !== null && text.trim() !== '' && !isJson(text)) return true;
  return false;
}

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (error) {
    throw invalid(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** JSON first, then YAML (which `.releaserc` may be); undefined for an empty document. */
export function parseJsonOrYaml(file: string, text: string): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    // not JSON: YAML below
  }
  if (!parseYaml) throw invalid(file, 'not valid JSON (and no YAML parser was installed)');
  try {
    return parseYaml(body) ?? undefined;
  } catch (error) {
    throw invalid(file, `neither valid JSON nor valid YAML: ${(error as Error).message}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
