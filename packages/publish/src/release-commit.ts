// The opt-in release commit (CHANGELOG.md): one commit on top of the versioned commit, made
// through the git data API so GitHub signs it (verified), and the branch fast-forwarded to it.
// It is found again rather than made twice: a re-run adopts the commit a crashed run left on the
// branch or under the tag. If the branch moved on since the versioned commit, nothing is written:
// tagging a commit off the branch would hide the release from the next run's history, and the
// run for the newer commit releases these commits together with their changelog section.
import { FlowshipError } from '@flowship/errors';
import type { GitObjects, Refs } from '@flowship/github';
import { peel } from './steps/peel.js';

export interface ReleaseCommitPlan {
  /** `owner/repo`, for messages. */
  repository: string;
  /** The branch the release is made from (`main`). */
  branch: string;
  /** The versioned commit. */
  sha: string;
  /** Its tree. */
  tree: string;
  /** The release tag (a crashed run may have tagged the release commit already). */
  tag: string;
  /** `chore(release): v1.2.0 [skip ci]` */
  message: string;
  files: { path: string; content: string }[];
}

export type ReleaseCommitResult =
  /** The commit to tag: made now (`created`) or by an earlier run of the same release. */
  | { kind: 'commit'; sha: string; created: boolean }
  /** The branch is at another commit: nothing was written. */
  | { kind: 'moved'; branchSha: string };

export interface ReleaseCommitDeps {
  refs: Refs;
  objects: GitObjects;
  log?: (line: string) => void;
}

const normalise = (message: string) => message.replace(/\n+$/, '');

export async function ensureReleaseCommit(
  plan: ReleaseCommitPlan,
  deps: ReleaseCommitDeps,
): Promise<ReleaseCommitResult> {
  const log = deps.log ?? (() => undefined);
  /** Is `sha` this release's commit (parent: the versioned commit; same message)? */
  const isOurs = async (sha: string): Promise<boolean> => {
    const commit = await deps.objects.getCommit(sha);
    return (
      commit !== undefined &&
      commit.parents.length === 1 &&
      commit.parents[0] === plan.sha &&
      normalise(commit.message) === normalise(plan.message)
    );
  };

  const tagged = await taggedCommit(plan.tag, deps);
  if (tagged !== undefined && (tagged === plan.sha || (await isOurs(tagged)))) {
    log(`release commit: ${plan.tag} already tags ${tagged}`);
    return { kind: 'commit', sha: tagged, created: false };
  }
  const branchRef = `heads/${plan.branch}`;
  const tip = (await deps.refs.get(branchRef))?.sha;
  if (tip === undefined) {
    throw new FlowshipError('FLOWSHIP_GITHUB_NOT_FOUND', {
      operation: `read the branch ${plan.branch} (the release commit goes on it)`,
      repository: plan.repository,
    });
  }
  if (tip !== plan.sha) {
    if (await isOurs(tip)) {
      log(`release commit: adopted ${tip} on ${plan.branch}`);
      return { kind: 'commit', sha: tip, created: false };
    }
    return { kind: 'moved', branchSha: tip };
  }
  const tree = await deps.objects.createTree({ baseTree: plan.tree, files: plan.files });
  const commit = await deps.objects.createCommit({
    message: plan.message,
    tree,
    parents: [plan.sha],
  });
  try {
    await deps.refs.update(branchRef, commit.sha, { force: false });
  } catch (error) {
    // Refused (not a fast-forward) or lost: what the branch holds now decides.
    const now = (await deps.refs.get(branchRef))?.sha;
    if (now === commit.sha) return { kind: 'commit', sha: commit.sha, created: true };
    if (now !== undefined && now !== plan.sha) {
      if (await isOurs(now)) return { kind: 'commit', sha: now, created: false };
      return { kind: 'moved', branchSha: now };
    }
    throw error;
  }
  log(`release commit: created ${commit.sha} on ${plan.branch}`);
  return { kind: 'commit', sha: commit.sha, created: true };
}

/** The commit a tag names on GitHub (annotated tags peeled, as publishing peels them). */
async function taggedCommit(tag: string, deps: ReleaseCommitDeps): Promise<string | undefined> {
  const ref = await deps.refs.get(`tags/${tag}`);
  return ref === undefined ? undefined : (await peel(deps.objects, ref)).sha;
}
