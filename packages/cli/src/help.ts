export const MAIN_HELP = `flowship — releases as a non-event

Usage: flowship <command> [options]

Commands:
  version    Decide the next semantic version from the Conventional Commits since the last release
  release    Version, describe, tag and release the commit (--dry-run prints what it would do)
  sandbox    Run the whole pipeline against an embedded GitHub emulator (no account needed)

Run \`flowship <command> --help\` for a command's options.
`;

export const VERSION_HELP = `Usage: flowship version [options]

Decide the next semantic version from the Conventional Commits since the last release
reachable from --to, and explain the decision commit by commit.

Options:
  --json                 Print one JSON object:
                         {previous, previousTag, next, bump, commits, reasons[{sha, subject, bump}]}
  --cwd DIR              Repository to read (work tree or bare clone; default: current directory)
  --to REF               Commit to release; only tags reachable from it count (default: HEAD)
  --branch NAME          Branch the release is for (default: the checked-out branch)
  --path SUBDIR          Monorepo package: only commits touching SUBDIR count
  --tag-prefix PREFIX    Tag prefix (default: from the configuration, else "v")
  --preset NAME          conventionalcommits (default) or angular (semantic-release compatible)
  --initial-version VER  Version of the first release when there is no previous one (default 1.0.0)
  --config FILE          Use FILE instead of the repository's configuration
  --unshallow            Deepen a shallow clone (git fetch --unshallow --tags) instead of failing
  -h, --help             Show this help

Exit status: 0 on a decision (release or not), 1 on bad input.
`;

export const SANDBOX_HELP = `Usage: flowship sandbox [options]

Start an embedded GitHub (REST API + git over HTTP, backed by real repositories), publish
flowship's actions to it, push a sample repository that adopts them, merge a pull request and
watch the workflows run, with no manual release step.

Options:
  --json      Print one JSON object: {scenario, steps[{name, ok, ms}], manualSteps, apiCalls,
              durationMs, ...}
  --keep      Keep the temporary directory (repositories, workspaces) and print where it is
  -h, --help  Show this help

Exit status: 0 when every step succeeded, 1 otherwise. Needs git (with git http-backend).
`;

export const RELEASE_HELP = `Usage: flowship release [options]

Decide the next version of the checked-out commit, render its notes, then create the annotated
tag at exactly that commit, the GitHub Release (with a JSON release record) and move the floating
vN / vN.M tags. Idempotent: running it again finishes a half-made release, never duplicates one.

Options:
  --dry-run            Print what would be tagged and released, with the notes; change nothing
  --json               Print one JSON object: {released, releasedIn, dryRun, version, tag, sha,
                       releaseUrl, floatingTags, notes}
  --cwd DIR            Repository to release (default: current directory)
  --repo OWNER/NAME    GitHub repository (default: GITHUB_REPOSITORY)
  --branch NAME        Branch the release is for (default: the checked-out branch)
  --tag-prefix PREFIX  Tag prefix (default: from the configuration, else "v")
  --no-floating-tags   Leave vN / vN.M alone
  --changelog-file F   Also add the notes to F (e.g. CHANGELOG.md) in one verified release commit,
                       "chore(release): vX.Y.Z [skip ci]", which the tag then names
  -h, --help           Show this help

Environment: GITHUB_TOKEN or GH_TOKEN (contents: write; not needed with --dry-run),
GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3), GITHUB_SERVER_URL (links).

Exit status: 0 on success (released or nothing to release), 1 on bad input or failure.
`;
