export const MAIN_HELP = `flowship — releases as a non-event

Usage: flowship <command> [options]

Commands:
  version    Decide the next semantic version from the Conventional Commits since the last release

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
