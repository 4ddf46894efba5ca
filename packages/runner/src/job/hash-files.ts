import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { filterPatternRegExp } from '../triggers/filter-pattern.js';

function walk(dir: string, root: string, files: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, files);
    else if (entry.isFile()) files.push(path.relative(root, full).split(path.sep).join('/'));
  }
}

/**
 * `hashFiles(...patterns)` as the runner computes it: the files under the workspace matching the
 * patterns (`!pattern` excludes, `**` crosses directories), each hashed with SHA-256, those
 * digests hashed again in path order; '' when nothing matches.
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const files: string[] = [];
  walk(workspace, workspace, files);
  files.sort();
  const include = patterns
    .filter((p) => !p.startsWith('!'))
    .map((p) => filterPatternRegExp(p.replace(/^\.\//, '')));
  const exclude = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => filterPatternRegExp(p.slice(1).replace(/^\.\//, '')));
  const matched = files.filter(
    (file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)),
  );
  if (matched.length === 0) return '';
  const total = createHash('sha256');
  for (const file of matched) {
    total.update(
      createHash('sha256')
        .update(readFileSync(path.join(workspace, file)))
        .digest(),
    );
  }
  return total.digest('hex');
}
