import { FlowshipError } from '@flowship/errors';
import type { GitObjects, Ref } from '@flowship/github';

/** Tags of tags are legal; a chain longer than this is not worth following. */
const MAX_DEPTH = 4;

/** The object a ref finally names: through annotated tag objects to their target. */
export async function peel(objects: GitObjects, ref: Ref): Promise<{ sha: string; type: string }> {
  let current = { sha: ref.sha, type: ref.type as string };
  for (let depth = 0; depth < MAX_DEPTH && current.type === 'tag'; depth += 1) {
    const tag = await objects.getTag(current.sha);
    if (tag === undefined) {
      throw new FlowshipError('FLOWSHIP_PUBLISH_UNSETTLED', {
        operation: `read the tag object ${current.sha} of ${ref.ref}`,
        attempts: '1',
        detail: 'GitHub lists the ref but not its tag object',
      });
    }
    current = { sha: tag.object.sha, type: tag.object.type };
  }
  return current;
}
