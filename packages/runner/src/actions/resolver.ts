import path from 'node:path';
import { WorkflowError } from '../errors.js';
import type { RepositoryMirrors } from '../git/mirrors.js';
import type { Origin } from '../workflow/model.js';
import { type ActionModel, loadAction } from './action-model.js';
import type { UsesReference } from './uses.js';

export interface ResolvedAction {
  model: ActionModel;
  /** Where the action's own file lives: what `$/` inside it means. */
  origin: Origin;
  /** GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF ('' for a local action). */
  repository: string;
  ref: string;
}

/**
 * Finds and loads the action a `uses:` names: `./dir` in the workspace, `$/dir` in the repository
 * and commit of the file holding the line, `owner/repo/dir@ref` fetched from the host. Remote
 * references resolve once per job (as "Set up job" downloads them); trees are cached per commit.
 */
export class ActionResolver {
  private readonly remote = new Map<string, Promise<ResolvedAction>>();

  constructor(
    private readonly mirrors: RepositoryMirrors,
    private readonly workspace: string,
  ) {}

  resolve(
    uses: Exclude<UsesReference, { kind: 'checkout' }>,
    origin: Origin,
  ): Promise<ResolvedAction> {
    switch (uses.kind) {
      case 'local':
        return this.local(uses.path, origin);
      case 'self': {
        const key = `${origin.repository}@${origin.sha}/${uses.path}`;
        return this.cached(key, async () => {
          const tree = await this.mirrors.tree(origin.repository, origin.sha);
          const model = await loadAction(
            path.join(tree, uses.path),
            `${origin.repository}/${uses.path}@${origin.sha.slice(0, 12)}`,
          );
          return { model, origin, repository: origin.repository, ref: origin.sha };
        });
      }
      case 'remote': {
        const key = `${uses.repository}@${uses.ref}/${uses.path}`;
        return this.cached(key, async () => {
          const sha = await this.mirrors.resolve(uses.repository, uses.ref).catch(() => undefined);
          if (sha === undefined) {
            throw new WorkflowError(
              `Unable to resolve action \`${uses.repository}@${uses.ref}\`, unable to find version \`${uses.ref}\``,
            );
          }
          const tree = await this.mirrors.tree(uses.repository, sha);
          const inner = uses.path === '' ? '' : `/${uses.path}`;
          const model = await loadAction(
            path.join(tree, uses.path),
            `${uses.repository}${inner}@${uses.ref}`,
          );
          return {
            model,
            origin: { repository: uses.repository, sha, ref: uses.ref },
            repository: uses.repository,
            ref: uses.ref,
          };
        });
      }
    }
  }

  private cached(key: string, load: () => Promise<ResolvedAction>): Promise<ResolvedAction> {
    let pending = this.remote.get(key);
    if (pending === undefined) {
      pending = load();
      this.remote.set(key, pending);
    }
    return pending;
  }

  /**
   * A workspace action, read when its step runs (after checkout). Its file's repository and
   * commit are not known, so `$/` inside it resolves like `$/` in the file that used it.
   */
  private async local(dir: string, origin: Origin): Promise<ResolvedAction> {
    const model = await loadAction(path.join(this.workspace, dir), `./${dir}`);
    return { model, origin, repository: '', ref: '' };
  }
}
