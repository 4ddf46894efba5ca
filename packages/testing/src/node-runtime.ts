import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileText } from './exec.js';

export const REQUIRED_NODE_MAJOR = 24;

let resolved: Promise<string> | undefined;

/** packages/testing, whether this module runs from src/ (vitest) or lib/ (compiled). */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

async function nodeVersion(binary: string): Promise<string> {
  const { stdout } = await execFileText(binary, ['--version'], {
    env: { PATH: process.env.PATH ?? '' },
    timeoutMs: 30_000,
  });
  return stdout.trim();
}

async function findNode24(): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === REQUIRED_NODE_MAJOR) return process.execPath;
  const tried: string[] = [`${process.execPath} (v${process.versions.node})`];
  const binary = process.platform === 'win32' ? 'node.exe' : 'node';
  for (let dir = PACKAGE_DIR; ; dir = path.dirname(dir)) {
    for (const candidate of [
      path.join(dir, 'node_modules', '.bin', binary),
      path.join(dir, 'node_modules', 'node', 'bin', binary),
    ]) {
      try {
        await access(candidate);
      } catch {
        continue;
      }
      const version = await nodeVersion(candidate).catch(
        (error: Error) => `failed: ${error.message}`,
      );
      if (version.startsWith(`v${REQUIRED_NODE_MAJOR}.`)) return candidate;
      tried.push(`${candidate} (${version})`);
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `runAction needs Node ${REQUIRED_NODE_MAJOR} (runs.using: node${REQUIRED_NODE_MAJOR}), and found none. ` +
      `Tried: ${tried.join('; ')}. Is the \`node\` dev dependency installed?`,
  );
}

/** The absolute path of a Node 24 binary: this process's own, or the repository's `node` package. */
export function resolveNode24(): Promise<string> {
  resolved ??= findNode24().catch((error: unknown) => {
    resolved = undefined;
    throw error;
  });
  return resolved;
}
