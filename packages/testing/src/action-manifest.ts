import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface DeclaredInput {
  /** The name as written in action.yml. */
  name: string;
  /** The declared default, stringified; undefined when there is none. */
  default: string | undefined;
  required: boolean;
}

export interface ActionManifest {
  /** The action.yml (or action.yaml) that was read. */
  file: string;
  inputs: DeclaredInput[];
  runs: {
    using: string;
    main: string;
    pre?: string;
    post?: string;
    preIf?: string;
    postIf?: string;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML scalars become strings the way the runner sees them: null is '', the rest String(). */
function scalarString(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${what} must be a scalar, got ${JSON.stringify(value)}`);
}

function optionalString(
  runs: Record<string, unknown>,
  key: string,
  file: string,
): string | undefined {
  const value = runs[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new Error(`${file}: runs.${key} must be a non-empty string`);
  }
  return value;
}

/** Reads and checks `<actionDir>/action.yml` (or action.yaml, as the runner also accepts). */
export async function loadActionManifest(actionDir: string): Promise<ActionManifest> {
  let file = path.join(actionDir, 'action.yml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    file = path.join(actionDir, 'action.yaml');
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new Error(`no action.yml or action.yaml in ${actionDir}`);
    }
  }
  const doc: unknown = parse(text);
  if (!isRecord(doc)) throw new Error(`${file}: not a YAML mapping`);

  const inputs: DeclaredInput[] = [];
  if (doc.inputs !== undefined && doc.inputs !== null) {
    if (!isRecord(doc.inputs)) throw new Error(`${file}: inputs must be a mapping`);
    for (const [name, spec] of Object.entries(doc.inputs)) {
      const fields = isRecord(spec) ? spec : {};
      inputs.push({
        name,
        default: scalarString(fields.default, `${file}: inputs.${name}.default`),
        required: fields.required === true || fields.required === 'true',
      });
    }
  }

  if (!isRecord(doc.runs)) throw new Error(`${file}: runs is missing`);
  const using = doc.runs.using;
  if (typeof using !== 'string' || using.toLowerCase() !== 'node24') {
    throw new Error(
      `${file}: runs.using is ${JSON.stringify(using)}; runAction only runs node24 actions`,
    );
  }
  const main = optionalString(doc.runs, 'main', file);
  if (main === undefined) throw new Error(`${file}: runs.main is missing`);
  const runs: ActionManifest['runs'] = { using, main };
  const pre = optionalString(doc.runs, 'pre', file);
  const post = optionalString(doc.runs, 'post', file);
  const preIf = optionalString(doc.runs, 'pre-if', file);
  const postIf = optionalString(doc.runs, 'post-if', file);
  if (pre !== undefined) runs.pre = pre;
  if (post !== undefined) runs.post = post;
  if (preIf !== undefined) runs.preIf = preIf;
  if (postIf !== undefined) runs.postIf = postIf;
  return { file, inputs, runs };
}

/**
 * The environment variable the runner passes input `name` in: `INPUT_` + the name with every
 * space replaced by '_' and upper-cased (hyphens and everything else kept), as
 * `Handler.AddInputsToEnvironment` does with `Replace(' ', '_').ToUpperInvariant()`.
 * ToUpperInvariant maps one character to one character, so a character whose upper case is
 * longer (such as 'ß', which JavaScript upper-cases to 'SS') is kept as it is.
 */
export function inputEnvName(name: string): string {
  let upper = '';
  for (const char of name.replaceAll(' ', '_')) {
    const mapped = char.toUpperCase();
    upper += [...mapped].length === 1 ? mapped : char;
  }
  return `INPUT_${upper}`;
}
