import { describe, expect, it } from 'vitest';
import { blockScalarText } from '../src/expressions/template.js';
import {
  ConcurrencyGroups,
  loadWorkflow,
  matchesPatternList,
  pushMatches,
  resolvePermissions,
} from '../src/index.js';

describe('filter patterns', () => {
  it.each([
    [['main'], 'main', true],
    [['releases/*'], 'releases/v1', true],
    [['releases/*'], 'releases/v1/x', false],
    [['releases/**'], 'releases/v1/x', true],
    [['**/README.md'], 'README.md', true],
    [['docs/**/*.md'], 'docs/a.md', true],
    [['v[12].[0-9]+.[0-9]+'], 'v1.10.0', true],
    [['v2?'], 'v', true],
    [['*', '!main'], 'main', false],
    [['*', '!main', 'main'], 'main', true],
  ] as const)('%j selects %s: %s', (patterns, value, expected) => {
    expect(matchesPatternList(patterns, value)).toBe(expected);
  });

  it('applies branch, tag and path filters the way GitHub combines them', async () => {
    const files =
      (...names: string[]) =>
      () =>
        Promise.resolve(names);
    expect(await pushMatches({ branches: ['main'] }, 'refs/tags/v1', files())).toBe(false);
    expect(await pushMatches({ tags: ['v*'] }, 'refs/heads/main', files())).toBe(false);
    expect(await pushMatches({}, 'refs/tags/v1', files())).toBe(true);
    expect(await pushMatches({ paths: ['src/**'] }, 'refs/tags/v1', files('docs/a'))).toBe(true);
    expect(await pushMatches({ paths: ['src/**'] }, 'refs/heads/x', files('docs/a'))).toBe(false);
    expect(
      await pushMatches({ 'paths-ignore': ['docs/**'] }, 'refs/heads/x', files('docs/a')),
    ).toBe(false);
    expect(
      await pushMatches({ 'paths-ignore': ['docs/**'] }, 'refs/heads/x', files('docs/a', 'b')),
    ).toBe(true);
  });
});

describe('permissions', () => {
  it('defaults to the restricted set, and spells out shorthands', () => {
    expect(resolvePermissions(undefined)).toEqual({
      contents: 'read',
      packages: 'read',
      metadata: 'read',
    });
    expect(resolvePermissions({ kind: 'all', level: 'write' })['id-token']).toBe('write');
    expect(resolvePermissions({ kind: 'scopes', scopes: {} }).contents).toBe('none');
  });
});

describe('concurrency groups', () => {
  it('keeps one running and one pending; a newcomer replaces the pending one', async () => {
    const groups = new ConcurrencyGroups();
    const cancelled: string[] = [];
    const request = (name: string, cancelInProgress = false) => ({
      group: 'Deploy',
      cancelInProgress,
      queue: 'single' as const,
      cancelRunning: () => cancelled.push(name),
    });
    const first = await groups.acquire(request('first'));
    const second = groups.acquire(request('second'));
    const third = groups.acquire({ ...request('third'), group: 'deploy' });
    expect(await second).toBe('cancelled');
    const fourth = groups.acquire(request('fourth', true));
    expect(await third).toBe('cancelled');
    expect(cancelled).toEqual(['first']);
    if (first === 'cancelled') throw new Error('first should run');
    first.release();
    const lease = await fourth;
    expect(lease).not.toBe('cancelled');
  });

  it('queues every waiting request with queue: max', async () => {
    const groups = new ConcurrencyGroups();
    const request = {
      group: 'g',
      cancelInProgress: false,
      queue: 'max' as const,
      cancelRunning: () => undefined,
    };
    const first = await groups.acquire(request);
    const order: string[] = [];
    const second = groups.acquire(request).then((lease) => (order.push('second'), lease));
    const third = groups.acquire(request).then((lease) => (order.push('third'), lease));
    if (first === 'cancelled') throw new Error('first should run');
    first.release();
    const secondLease = await second;
    if (secondLease === 'cancelled') throw new Error('second should run');
    secondLease.release();
    await third;
    expect(order).toEqual(['second', 'third']);
  });
});

describe('loadWorkflow', () => {
  const origin = { repository: 'octo/app', sha: 'a'.repeat(40), ref: 'refs/heads/main' };
  it.each(['on: push', 'on: [push, workflow_dispatch]', 'on:\n  push:'])(
    'reads the push trigger of %j',
    async (on) => {
      const model = await loadWorkflow({
        path: '.github/workflows/x.yml',
        content: `${on}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n`,
        origin,
      });
      expect('push' in model.events).toBe(true);
    },
  );

  it("accepts the environment's newer `deployment: false` key", async () => {
    const model = await loadWorkflow({
      path: '.github/workflows/x.yml',
      content:
        'on: push\njobs:\n  a:\n    runs-on: x\n    environment:\n      name: prod\n      deployment: false\n    steps:\n      - run: echo\n',
      origin,
    });
    expect(model.jobs[0]?.kind).toBe('steps');
  });
});

describe('block scalars holding expressions (a workaround for @actions/workflow-parser 0.3.61)', () => {
  const raw = '        - name: health\n          url: {x}/healthz\n\n          count: 5\n      ';
  it.each([
    ['|', '- name: health\n  url: {x}/healthz\n\n  count: 5\n'],
    ['|-', '- name: health\n  url: {x}/healthz\n\n  count: 5'],
    // Folded: more-indented lines keep their line breaks, as YAML says.
    ['>', '- name: health\n  url: {x}/healthz\n\n  count: 5\n'],
  ])('%s: dedented and chomped as GitHub formats the YAML value', (header, expected) => {
    expect(blockScalarText(raw, header)).toBe(expected);
  });
});
