import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Creates a fresh directory under os.tmpdir() named `flowship-<label>-XXXXXX` (symlinks resolved). */
export async function makeTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `flowship-${label}-`));
  // macOS' /var -> /private/var: git and node report resolved paths, so hand out the resolved one.
  return realpath(dir);
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
