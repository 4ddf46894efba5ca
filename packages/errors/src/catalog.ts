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
  FLOWSHIP_GITHUB_AUTH: {
    message: 'GitHub rejected the token (401: {detail}) when asked to {operation}.',
    fix: "Pass a valid token: the job's `${{ github.token }}`, or a token that has not expired and was not revoked.",
  },
  FLOWSHIP_GITHUB_PERMISSION: {
    message: 'GitHub refused to {operation} in {repository} (403: {detail}).',
    fix: 'The job needs `permissions: {permission}` (set it on the job or the workflow); a personal or app token needs the same permission on {repository}.',
  },
  FLOWSHIP_GITHUB_NOT_FOUND: {
    message: 'GitHub answered 404 when asked to {operation} in {repository}.',
    fix: "Check the repository name, and that the token can see it: a job's GITHUB_TOKEN sees only the repository of its workflow.",
  },
  FLOWSHIP_GITHUB_RATE_LIMITED: {
    message: 'GitHub rate-limited the request to {operation}, and the retries ran out ({detail}).',
    fix: 'Wait until the rate limit resets, then re-run the job: it resumes where it stopped.',
  },
  FLOWSHIP_GITHUB_UNAVAILABLE: {
    message: 'GitHub failed to {operation}: {detail}',
    fix: 'GitHub failed; re-run the job, it resumes where it stopped.',
  },
  FLOWSHIP_GITHUB_EXISTS: {
    message: 'GitHub refused to {operation}: it already exists ({detail}).',
    fix: 'Re-run the job: it adopts what already exists instead of creating it again.',
  },
  FLOWSHIP_GITHUB_REJECTED: {
    message: 'GitHub refused to {operation} in {repository} ({status}: {detail}).',
    fix: "Check what GitHub's message names (rulesets, tag protection, immutable releases); if the repository allows it, report this as a flowship bug with the log.",
  },
  FLOWSHIP_TAG_CONFLICT: {
    message:
      'Tag {tag} already exists in {repository} and points at {actual}, but this release is for {expected}.',
    fix: 'If {tag} was pushed by mistake, delete it (`git push origin :refs/tags/{tag}`) and re-run; if {actual} is the commit to release, release that commit instead. flowship never moves a release tag.',
  },
  FLOWSHIP_ASSET_CONFLICT: {
    message: "Release {tag} already has an asset {name} that differs from this run's: {detail}.",
    fix: "If the asset on the release is stale, delete it from release {tag} and re-run; an immutable release's assets can no longer change, so ship the change as a new version.",
  },
  FLOWSHIP_RELEASE_FROZEN: {
    message: 'Release {tag} is published and immutable, but it lacks {names}.',
    fix: 'Immutable releases take no new assets. Publish the change as a new version, or turn off immutable releases for the repository before re-running.',
  },
  FLOWSHIP_PUBLISH_UNSETTLED: {
    message: 'Could not {operation} after {attempts} attempts: {detail}',
    fix: 'Re-run the job: every step checks what already exists on GitHub and resumes.',
  },
  FLOWSHIP_PLAN_INVALID: {
    message: 'The release plan is invalid: {detail}',
    fix: "The plan comes from flowship's version step; report this as a flowship bug with the log.",
  },
  FLOWSHIP_ACTION_CONTEXT: {
    message: '{variable} is not set: this action runs inside a GitHub Actions job.',
    fix: 'Use the action in a workflow step; from a terminal, use the `flowship` CLI instead.',
  },
  FLOWSHIP_ACTION_INPUT: {
    message: 'Input "{input}" {problem}.',
    fix: "Set it as the action's README documents (the inputs table lists every input).",
  },
  FLOWSHIP_VERIFY_SPEC: {
    message: 'Verification checks are invalid: {detail}',
    fix: 'Correct the `checks` input; actions/verify/README.md shows every check kind and its fields.',
  },
  FLOWSHIP_CDEVENTS_SINK: {
    message: 'The CDEvents sink {url} did not accept {type} after {attempts} attempts: {detail}',
    fix: 'Check that the sink URL is reachable from the runner and accepts CloudEvents over HTTP (a 2xx answer to a POST), or drop the `cdevents-sink` input.',
  },
  FLOWSHIP_DEPLOYMENT: {
    message: 'GitHub refused the deployment of {ref} to {environment}: {detail}',
    fix: '{fix}',
  },
  FLOWSHIP_ROLLBACK: {
    message: 'Rollback of {environment} is not possible: {detail}',
    fix: '{fix}',
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
