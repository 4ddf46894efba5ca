import { WorkflowCommandProcessor } from '@flowship/testing';
import { describe, expect, it } from 'vitest';
import { renderNotes, type PresetName } from '../src/index.js';
import { hostileEntries, release } from './fixtures/entries.js';
import { violations } from './inert.js';
import { snapshotFile } from './snapshot-file.js';

const PRESETS: readonly PresetName[] = ['conventionalcommits', 'angular'];

async function hostileNotes(preset: PresetName): Promise<string> {
  const result = await renderNotes(release({ preset, entries: hostileEntries() }), {
    includeBodies: true,
  });
  expect(result.truncated).toBe(false);
  return result.markdown;
}

describe('the hostile corpus rendered', () => {
  it('snapshot', async () => {
    await expect(snapshotFile(await hostileNotes('conventionalcommits'))).toMatchFileSnapshot(
      './__snapshots__/hostile.md',
    );
  });

  describe.each(PRESETS)('%s', (preset) => {
    it('has no workflow command, raw HTML, mention or invisible character on any line', async () => {
      expect(violations(await hostileNotes(preset))).toEqual([]);
    });

    it('is inert to a runner reading it as step output', async () => {
      const runner = new WorkflowCommandProcessor();
      for (const line of (await hostileNotes(preset)).split('\n')) runner.processLine(line);
      expect(runner.annotations).toEqual([]);
      expect(runner.masks).toEqual([]);
      expect(runner.stopped).toBe(false);
      expect(runner.failed).toBe(false);
    });

    it('only has the template’s own structure at the start of a line', async () => {
      const titles = /^(#{1,2} \[2\.0\.0\]\(|### (⚠ )?BREAKING CHANGES$|### (Features|Bug Fixes)$)/;
      for (const line of (await hostileNotes(preset)).split('\n')) {
        if (line === '' || line.startsWith('* ')) continue;
        if (line.startsWith(' ')) {
          // Inside an item: indented by the list helper, never deeper (no code blocks).
          expect(line).toMatch(/^ {2}\S/);
          continue;
        }
        expect(line).toMatch(titles);
      }
    });

    it('links only to the repository’s server', async () => {
      const markdown = await hostileNotes(preset);
      const targets = [...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets)
        expect(target).toMatch(/^https:\/\/github\.com\/acme\/widgets\//);
    });
  });
});
