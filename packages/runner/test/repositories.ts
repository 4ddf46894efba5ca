/**
 * Test-only: repositories on the emulator, filled from real commits pushed by path into their bare
 * directories (seeding raises no push events; tests that want events push over smart HTTP).
 */
import { type TempRepo, createTempRepo } from '@flowship/testing';
import type { EmulatorHost } from './emulator-host.js';

export interface HostedRepository {
  name: string;
  work: TempRepo;
  /** Commits `files` (and pushes the branch); resolves with the new sha. */
  commit(files: Record<string, string>, message?: string): Promise<string>;
  /** Creates and pushes a lightweight tag at HEAD. */
  tag(name: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function hostRepository(
  host: EmulatorHost,
  name: string,
  branch = 'main',
): Promise<HostedRepository> {
  const bare = await host.createRepository(name);
  const work = await createTempRepo({ branch });
  let commits = 0;
  return {
    name,
    work,
    async commit(files, message) {
      commits += 1;
      const sha = await work.commit(message ?? `commit ${commits}`, { files });
      await work.git('push', '--quiet', '--force', bare, `HEAD:refs/heads/${branch}`);
      return sha;
    },
    async tag(tagName) {
      await work.tag(tagName, { annotated: false });
      await work.git('push', '--quiet', '--force', bare, `refs/tags/${tagName}`);
    },
    cleanup: () => work.cleanup(),
  };
}
