// Every failure flowship reports comes from this catalog: a stable code, what was wrong, and the fix.

interface Entry {
  /** What went wrong; `{name}` placeholders are filled from the error's details. */
  message: string;
  /** What the user should do about it. */
  fix: string;
}

export const CATALOG = {
  FLOWSHIP_USAGE: {
    message: '{detail}',
    fix: 'Run `flowship --help` for the options each command takes.',
  },
  FLOWSHIP_NOT_A_REPOSITORY: {
    message: '{dir} is not a git repository.',
    fix: 'Run flowship inside a clone, or pass --cwd (input `working-directory`) naming one.',
  },
  FLOWSHIP_BAD_REF: {
    message: '{ref} does not name a commit in {dir}.',
    fix: 'Pass a branch, tag or SHA that exists; fetch it first if it lives only on the remote.',
  },
  FLOWSHIP_SHALLOW_CLONE: {
    message:
      'The repository at {dir} is a shallow clone, so earlier releases and commits are missing.',
    fix: 'Set `fetch-depth: 0` on actions/checkout (or run `git fetch --unshallow --tags`); or allow flowship to deepen it with the `unshallow` input / `--unshallow`.',
  },
  FLOWSHIP_UNSHALLOW_FAILED: {
    message: 'The shallow clone at {dir} could not be deepened: {detail}',
    fix: 'Set `fetch-depth: 0` on actions/checkout so the full history is cloned up front.',
  },
  FLOWSHIP_GIT_FAILED: {
    message: '`git {command}` failed: {detail}',
    fix: 'Check that git is installed and the repository is readable; the git message above says more.',
  },
  FLOWSHIP_CONFIG_INVALID: {
    message: 'Configuration {file} is invalid: {detail}',
    fix: 'Correct the file; the JSON Schema in schema/flowship.schema.json lists every field.',
  },
  FLOWSHIP_CONFIG_NOT_FOUND: {
    message: 'Configuration file {file} does not exist.',
    fix: 'Pass the path of an existing file, or drop the option to use the repository configuration.',
  },
  FLOWSHIP_BAD_VERSION: {
    message: '{what} "{value}" is not a semantic version.',
    fix: 'Use a version like 1.0.0 (see https://semver.org).',
  },
  FLOWSHIP_MAINTENANCE_RANGE: {
    message:
      'Branch {branch} maintains {range}, but its commits call for a {bump} release ({next}), which leaves that range.',
    fix: 'Release that change from the main branch, or from a maintenance branch whose range admits {next}; keep only fixes (or features, on N.x) on {branch}.',
  },
  FLOWSHIP_INPUT_INVALID: {
    message: 'Input `{input}` is invalid: {detail}',
    fix: 'See the inputs table in the action README for accepted values.',
  },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof CATALOG;

function fill(template: string, details: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => details[key] ?? whole);
}

/** An expected failure: the user can act on it, so it carries a code and a fix, never a stack. */
export class FlowshipError extends Error {
  readonly code: ErrorCode;
  readonly fix: string;
  readonly details: Record<string, string>;

  constructor(code: ErrorCode, details: Record<string, string> = {}) {
    const entry: Entry = CATALOG[code];
    super(fill(entry.message, details));
    this.name = 'FlowshipError';
    this.code = code;
    this.fix = fill(entry.fix, details);
    this.details = details;
  }

  /** One paragraph for humans: code, what was wrong, how to fix it. */
  describe(): string {
    return `${this.code}: ${this.message}\nFix: ${this.fix}`;
  }
}

export function isFlowshipError(error: unknown): error is FlowshipError {
  return error instanceof FlowshipError;
}
