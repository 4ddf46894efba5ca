import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGrammar, normalise, type Grammar, type GrammarOptions } from '../src/index.js';

const SHA = 'a'.repeat(40);
const conventional: GrammarOptions = {
  name: 'conventionalcommits',
  squashExpansion: true,
  releaseAs: true,
  skipMarkers: ['[skip release]'],
};
const angular: GrammarOptions = {
  name: 'angular',
  squashExpansion: false,
  releaseAs: false,
  skipMarkers: [],
};
const cc = await createGrammar(conventional);
const ng = await createGrammar(angular);
const rp = await createGrammar({ ...conventional, squashExpansion: false, footerCommits: true });
const sr = await createGrammar({ ...angular, semanticRelease: true });

const one = (grammar: Grammar, message: string, parents: string[] = []) =>
  grammar.parse({ sha: SHA, parents, message });

describe('Conventional Commits 1.0.0 (spec examples)', () => {
  it.each([
    // [message, type, scope, breaking notes]
    [
      'feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files',
      'feat',
      null,
      ['`extends` key in config file is now used for extending other config files'],
    ],
    [
      'feat!: send an email to the customer when a product is shipped',
      'feat',
      null,
      ['send an email to the customer when a product is shipped'],
    ],
    [
      'feat(api)!: send an email to the customer when a product is shipped',
      'feat',
      'api',
      ['send an email to the customer when a product is shipped'],
    ],
    [
      'chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.',
      'chore',
      null,
      ['use JavaScript features not available in Node 6.'],
    ],
    ['docs: correct spelling of CHANGELOG', 'docs', null, []],
    ['feat(lang): add Polish language', 'feat', 'lang', []],
    [
      'fix: prevent racing of requests\n\nIntroduce a request id and a reference to latest request. Dismiss\nincoming responses other than from latest request.\n\nRemove timeouts which were used to mitigate the racing issue but are\nobsolete now.\n\nReviewed-by: Z\nRefs: #123',
      'fix',
      null,
      [],
    ],
    [
      'fix: x\n\nBREAKING-CHANGE: hyphenated token is a synonym',
      'fix',
      null,
      ['hyphenated token is a synonym'],
    ],
    [
      'perf(core): faster\r\n\r\nbody line\r\n\r\nBREAKING CHANGE: crlf footer\r\n',
      'perf',
      'core',
      ['crlf footer'],
    ],
  ])('%#: %s', (message, type, scope, breaking) => {
    const [entry] = cc.parse({ sha: SHA, parents: [], message }, 'full');
    expect(entry?.type).toBe(type);
    expect(entry?.scope).toBe(scope);
    expect(entry?.breaking).toEqual(breaking);
  });

  it('reads footers: Refs and Closes become references', () => {
    const [entry] = one(cc, 'fix: a\n\nbody\n\nRefs: #12\nCloses #3');
    const full = cc.parse(
      { sha: SHA, parents: [], message: 'fix: a\n\nbody\n\nRefs: #12\nCloses #3' },
      'full',
    )[0];
    expect(entry?.type).toBe('fix');
    expect(full?.references.map((ref) => ref.issue)).toEqual(['12', '3']);
    expect(full?.references.find((ref) => ref.issue === '3')?.action).toBe('Closes');
  });

  it('keeps non-conventional commits as entries with no type', () => {
    for (const message of ['Update README', 'WIP', '', 'feat:missing space', '(scope): no type']) {
      const [entry] = one(cc, message);
      expect(entry?.type ?? null).toBeNull();
      expect(entry?.breaking).toEqual([]);
    }
  });

  it('recognises both revert forms', () => {
    const sha = 'b'.repeat(40);
    const git = one(cc, `Revert "feat: a"\n\nThis reverts commit ${sha}.`)[0];
    expect(git?.revert).toEqual({ header: 'feat: a', hash: sha });
    const conv = one(cc, `revert: feat: a\n\nThis reverts commit ${sha.slice(0, 7)}.`)[0];
    expect(conv?.revert).toEqual({ header: 'feat: a', hash: sha.slice(0, 7) });
  });

  it('reads Release-As footers only when enabled', () => {
    expect(one(cc, 'chore: cut\n\nRelease-As: 2.0.0')[0]?.releaseAs).toBe('2.0.0');
    expect(one(cc, 'chore: cut\n\nrelease-as: v3.1.0')[0]?.releaseAs).toBe('3.1.0');
    expect(one(ng, 'chore: cut\n\nRelease-As: 2.0.0')[0]?.releaseAs).toBeNull();
  });

  it("marks flowship's (and semantic-release's) own release commits as skipped in every grammar", () => {
    for (const grammar of [cc, ng, rp, sr]) {
      expect(one(grammar, 'chore(release): v1.2.0 [skip ci]')[0]?.skip).toBe('release commit');
      expect(one(grammar, 'chore(release): 1.2.0 [skip ci]\n\nnotes')[0]?.skip).toBe(
        'release commit',
      );
      expect(one(grammar, 'chore(release): prepare 1.2.0')[0]?.skip).toBeNull();
    }
  });

  it('marks skip markers and merges', () => {
    expect(one(cc, 'feat: x [SKIP RELEASE]')[0]?.skip).toBe('[SKIP RELEASE]');
    expect(one(cc, 'feat: x\n\nbody [skip \t release]')[0]?.skip).toBe('[skip \t release]');
    expect(one(cc, 'Merge pull request #1 from a/b', ['p1', 'p2'])[0]?.merge).toBe(true);
  });
});

describe('angular preset (semantic-release compatibility)', () => {
  it('does not recognise `feat!:` — exactly like semantic-release', () => {
    const [entry] = one(ng, 'feat!: breaking by bang');
    expect(entry?.type ?? null).toBeNull();
    expect(entry?.breaking).toEqual([]);
  });

  it('ignores BREAKING-CHANGE but honours BREAKING CHANGE', () => {
    expect(one(ng, 'feat: a\n\nBREAKING-CHANGE: x')[0]?.breaking).toEqual([]);
    expect(one(ng, 'feat: a\n\nBREAKING CHANGE: x')[0]?.breaking).toEqual(['x']);
  });

  it('does not expand squash bodies', () => {
    expect(one(ng, 'feat: pr (#1)\n\n* fix: a\n\n* feat: b')).toHaveLength(1);
  });
});

describe('squash-merge bodies', () => {
  it("counts each `* type: subject` line of GitHub's squash message", () => {
    const entries = one(
      cc,
      'feat: add login (#42)\n\n* feat: add login\n\n* fix: handle empty password\n\nmore text\n\n* feat(api)!: rename endpoint\n\nBREAKING CHANGE: /v1 is gone\n\n---------\n\nCo-authored-by: A <a@x>',
    );
    expect(entries.map((entry) => [entry.index, entry.type, entry.breaking.length > 0])).toEqual([
      [0, 'feat', false],
      [2, 'fix', false],
      [3, 'feat', true],
    ]);
  });

  it('uses only the listed entries when the title is not conventional', () => {
    const entries = one(cc, 'Big PR (#7)\n\n* fix: a\n\n* docs: b');
    expect(entries.map((entry) => entry.type)).toEqual(['fix', 'docs']);
  });

  it('leaves ordinary bullet lists alone', () => {
    expect(one(cc, 'feat: x\n\n* first point\n* second point')).toHaveLength(1);
  });
});

describe('fast path', () => {
  const headers = fc.oneof(
    fc.constantFrom('feat', 'fix', 'perf', 'docs', 'chore', 'Feat', 'x y', ''),
  );
  const message = fc
    .tuple(
      headers,
      fc.option(fc.constantFrom('api', 'a b', '', '(x)'), { nil: undefined }),
      fc.boolean(),
      fc.string({ maxLength: 30 }),
      fc.array(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom(
            'BREAKING CHANGE: z',
            'breaking change: y',
            'Refs: #1',
            '* fix: q',
            'Release-As: 1.2.3',
            'This reverts commit abcdef1.',
            '\r',
            '',
            'fix(x): footer commit',
            '  indented: line',
          ),
        ),
        { maxLength: 6 },
      ),
    )
    .map(
      ([type, scope, bang, subject, body]) =>
        `${type}${scope !== undefined ? `(${scope})` : ''}${bang ? '!' : ''}: ${subject}\n\n${body.join('\n')}`,
    );

  it.each([cc, ng, rp, sr])(
    'gives the same type, scope, subject and breaking notes as the full parser (%#)',
    (grammar) => {
      fc.assert(
        fc.property(message, (text) => {
          const fast = grammar.parse({ sha: SHA, parents: [], message: text }, 'versioning');
          const full = grammar.parse({ sha: SHA, parents: [], message: text }, 'full');
          const view = (entries: typeof fast) =>
            entries.map((e) => [
              e.type,
              e.scope,
              e.subject,
              e.breaking,
              e.revert,
              e.releaseAs,
              e.header,
            ]);
          expect(view(fast)).toEqual(view(full));
        }),
        { numRuns: 500 },
      );
    },
  );
});

it('normalises line endings', () => {
  expect(normalise('\r\n\nfeat: a\r\n\r\nb\rc')).toBe('feat: a\n\nb\nc');
});

describe("semantic-release's parserOpts", () => {
  it('honours custom note keywords and string patterns, on the fast path too', async () => {
    const grammar = await createGrammar({
      ...angular,
      parserOpts: {
        noteKeywords: ['BREAKING', 'MAJOR'],
        headerPattern: '^(\\w*)(?:\\[(.*)\\])?: (.*)$',
      },
    });
    const parse = (message: string) => grammar.parse({ sha: SHA, parents: [], message })[0];
    expect(parse('feat[ui]: x\n\nMAJOR: all buttons moved')).toMatchObject({
      type: 'feat',
      scope: 'ui',
      breaking: ['all buttons moved'],
    });
    expect(parse('fix(ui): parentheses are not a scope here')?.type ?? null).toBeNull();
    expect(parse('fix[a]: plain')).toMatchObject({ type: 'fix', scope: 'a', breaking: [] });
  });
});

describe('release-please footer commits', () => {
  it("counts commit-shaped footers as commits, as release-please's docs show", async () => {
    const grammar = await createGrammar({
      ...conventional,
      squashExpansion: false,
      footerCommits: true,
    });
    const entries = grammar.parse({
      sha: SHA,
      parents: [],
      message: [
        'feat: adds v4 UUID to crypto',
        '',
        'This adds support for v4 UUIDs to the library.',
        '',
        'fix(utils): unicode no longer throws exception',
        '  PiperOrigin-RevId: 345559154',
        '  BREAKING-CHANGE: encode method no longer throws.',
        '  Source-Link: googleapis/googleapis@5e0dcb2',
        '',
        'feat(utils): update encode to support unicode',
        '  PiperOrigin-RevId: 345559182',
      ].join('\n'),
    });
    // (release-please also marks the header commit breaking; the release is major either way.)
    expect(entries.map((e) => [e.type, e.scope, e.breaking.length > 0])).toEqual([
      ['feat', null, false],
      ['fix', 'utils', true],
      ['feat', 'utils', false],
    ]);
  });

  it('leaves prose alone', async () => {
    const grammar = await createGrammar({
      ...conventional,
      squashExpansion: false,
      footerCommits: true,
    });
    const message = 'fix: a\n\nWe tried this:\nfeat: not a footer, mid-paragraph';
    expect(grammar.parse({ sha: SHA, parents: [], message })).toHaveLength(1);
  });
});
