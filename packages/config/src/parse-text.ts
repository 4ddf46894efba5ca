// Text → data, with parse failures reported as FLOWSHIP_CONFIG_INVALID for the file.

import { parse as parseYaml } from 'yaml';
import { invalid } from './invalid.js';

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
  try {
    return (parseYaml(body) as unknown) ?? undefined;
  } catch (error) {
    throw invalid(file, `neither valid JSON nor valid YAML: ${(error as Error).message}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
