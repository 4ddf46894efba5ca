export const id = 630;
export const ids = [630];
export const modules = {

/***/ 5630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* reexport */ runRelease)
});

// UNUSED EXPORTS: releaseCommitMessage

// EXTERNAL MODULE: ./node_modules/conventional-changelog-writer/dist/index.js + 13 modules
var dist = __webpack_require__(8833);
;// CONCATENATED MODULE: ./packages/changelog/lib/input.js
// SemVer 2.0.0 (semver.org's regular expression, without a `v`).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// Tags as flowship makes them (`v1.2.3`, `pkg@1.2.3`, `pkg/v1.2.3`): no spaces, no Markdown.
const TAG = /^[A-Za-z0-9][A-Za-z0-9._/@+-]{0,254}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// GitHub owner (user or organisation) and repository names.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/i;
function check(ok, message) {
    if (!ok)
        throw new TypeError(message);
}
function checkEntry(entry, index) {
    check(SHA.test(entry.sha), `entries[${index}].sha is not a commit SHA: ${JSON.stringify(entry.sha)}`);
    if (entry.pullRequest !== undefined) {
        check(Number.isSafeInteger(entry.pullRequest) && entry.pullRequest > 0, `entries[${index}].pullRequest must be a positive integer`);
    }
}
function validateInput(input) {
    check(SEMVER.test(input.version), `version is not SemVer: ${JSON.stringify(input.version)}`);
    check(TAG.test(input.tag), `tag is not a plain tag name: ${JSON.stringify(input.tag)}`);
    if (input.previousTag !== null) {
        check(TAG.test(input.previousTag), `previousTag is not a plain tag name: ${JSON.stringify(input.previousTag)}`);
    }
    check(DATE.test(input.date), `date must be YYYY-MM-DD: ${JSON.stringify(input.date)}`);
    check(input.preset === 'conventionalcommits' || input.preset === 'angular', `unknown preset: ${JSON.stringify(input.preset)}`);
    check(OWNER.test(input.repository.owner), `repository.owner is not a GitHub owner name`);
    check(REPO.test(input.repository.repo), `repository.repo is not a GitHub repository name`);
    input.entries.forEach(checkEntry);
}

;// CONCATENATED MODULE: ./packages/changelog/lib/links.js
/** encodeURIComponent plus the characters it leaves that Markdown link syntax cares about. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** An http(s) URL safe to put in a Markdown link target. */
function safeUrl(value, what) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new TypeError(`${what} is not a URL: ${JSON.stringify(value)}`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new TypeError(`${what} must be an http(s) URL: ${JSON.stringify(value)}`);
    }
    return parsed.href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
function repositoryLinks(repository) {
    const server = safeUrl(repository.serverUrl, 'repository.serverUrl').replace(/\/+$/, '');
    const base = (owner, repo) => `${server}/${encodeSegment(owner)}/${encodeSegment(repo)}`;
    const own = base(repository.owner, repository.repo);
    return {
        server,
        repository: own,
        commit: (sha) => `${own}/commit/${encodeSegment(sha)}`,
        pull: (number) => `${own}/pull/${number}`,
        issue: (number, owner, repo) => `${owner && repo ? base(owner, repo) : own}/issues/${encodeSegment(number)}`,
        compare: (previousTag, tag) => `${own}/compare/${encodeSegment(previousTag)}...${encodeSegment(tag)}`,
        tree: (tag) => `${own}/tree/${encodeSegment(tag)}`,
        history: (tag) => `${own}/commits/${encodeSegment(tag)}`,
        user: (login) => {
            const bot = /^(.+)\[bot\]$/.exec(login);
            return bot ? `${server}/apps/${encodeSegment(bot[1])}` : `${server}/${login}`;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/conventional-changelog-angular/src/index.js + 4 modules
var src = __webpack_require__(8972);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 7 modules
var conventional_changelog_conventionalcommits_src = __webpack_require__(2301);
;// CONCATENATED MODULE: ./packages/changelog/lib/sanitize.js
// Commit text is untrusted: anyone who can land a commit chooses it. Before it reaches the
// conventional-changelog templates it becomes inert Markdown text: no HTML, no Markdown structure
// of its own, no @mention notifications, no issue links the references do not give, nothing a
// runner reads as a workflow command, no invisible or direction-changing characters. The README
// lists every rule with its reason.
/** Put after `@` and `#` so GitHub neither notifies a user nor links an issue. Invisible. */
const ZERO_WIDTH_SPACE = '\u200b';
const SUBJECT_MAX_LENGTH = 300;
const SCOPE_MAX_LENGTH = 60;
const NAME_MAX_LENGTH = 100;
const BLOCK_MAX_LENGTH = 4000;
// CRLF, lone CR (the runner's line reader splits on it), and the Unicode line/paragraph separators.
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085]/g;
// Terminal escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, two-byte `ESC x`), removed
// whole so no `[31m` residue is left once ESC itself goes.
const ANSI_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
// C0 controls but tab and newline, DEL, C1 controls (null bytes, bells, stray ESC…).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings/overrides/isolates and marks (Trojan Source: U+202E reverses what readers see),
// zero-width space, word joiner and invisible operators, BOM, interlinear annotations. ZWJ and
// ZWNJ (U+200D, U+200C) stay: emoji sequences and several scripts need them.
const INVISIBLES = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
// HTML (`&`, `<`, `>` become entities) and the Markdown punctuation that opens inline structure
// anywhere: code spans, emphasis, links and images, tables, strikethrough, math — and the
// backslash itself (backslash-escaped).
const SPECIAL = /[&<>\\`*[\]|~$_]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// `_` only emphasises at a word edge; inside `snake_case` it is left alone (GFM flanking rules).
const INTRAWORD_UNDERSCORE = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/uy;
// Block structure a line can open: ATX headings, list items, thematic breaks and setext underlines
// (`-`, `+`, `=`), and `:` — a line starting with `::` is a workflow command to the runner.
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;
const MARKER_START = /^[-+=:]/;
const ORDERED_START = /^(\d{1,9})([.)])/;
// `@name`, `@org/team`: GitHub mentions start with a letter or digit.
const MENTION = /@(?=[\p{L}\p{N}_])/gu;
// `#12`, `#word` (the presets link `#[a-z0-9]+`); CROSS_REPOSITORY tells `owner/repo#12` apart.
// Looking behind from each `#` keeps this linear: a leading optional `owner/repo` group would be
// retried at every position of a long word.
const ISSUE_TOKEN = /#(?<token>[\p{L}\p{N}_]+)/gu;
const CROSS_REPOSITORY = /(?<=[\p{L}\p{N}_.-]\/[\p{L}\p{N}_.-]+)#/uy;
// `GH-12` is GitHub's other issue autolink.
const GH_ISSUE = /\b(GH)-(?=\d)/gi;
const NO_ISSUES = new Set();
// Fast paths: most commit text is plain.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NEEDS_ESCAPING = new RegExp(SPECIAL.source);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Removes what no renderer should see and normalises line breaks to `\n`. */
function stripUnsafeCharacters(text) {
    if (PRINTABLE_ASCII.test(text))
        return text; // the common case, nothing to remove
    return text
        .toWellFormed()
        .replace(LINE_BREAKS, '\n')
        .replace(ANSI_SEQUENCES, '')
        .replace(/\t/g, ' ')
        .replace(CONTROLS, '')
        .replace(INVISIBLES, '');
}
/** Cuts at a grapheme boundary (never inside an emoji sequence or a surrogate pair). */
function truncateText(text, maxLength) {
    if (text.length <= maxLength)
        return text; // code units ≥ graphemes: nothing to cut
    let kept = 0;
    let end = 0;
    for (const { segment, index } of graphemes.segment(text)) {
        if (kept === maxLength)
            return `${text.slice(0, index).trimEnd()}…`;
        kept += 1;
        end = index + segment.length;
    }
    return text.slice(0, end);
}
/** HTML and inline Markdown as literal text. */
function escapeInline(text) {
    if (!NEEDS_ESCAPING.test(text))
        return text;
    return text.replace(SPECIAL, (c, offset) => {
        if (c === '_') {
            INTRAWORD_UNDERSCORE.lastIndex = offset;
            return INTRAWORD_UNDERSCORE.test(text) ? c : '\\_';
        }
        return HTML_ENTITIES[c] ?? `\\${c}`;
    });
}
/** A line of escaped text that cannot open a block (or a workflow command) at its start. */
function escapeLineStart(line) {
    if (HEADING_START.test(line) || MARKER_START.test(line))
        return `\\${line}`;
    const ordered = ORDERED_START.exec(line);
    if (ordered)
        return `${ordered[1]}\\${line.slice(ordered[1].length)}`;
    return line;
}
/** `@user` → `@\u200buser`: shown the same, notifies nobody. */
function neutraliseMentions(text) {
    if (!text.includes('@'))
        return text;
    return text.replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
/** Issue autolinks the references do not give → `#\u200b12`, `GH-\u200b12`. */
function neutraliseIssueLinks(text, allowed = NO_ISSUES) {
    if (!text.includes('#') && !text.includes('-'))
        return text;
    return text
        .replace(ISSUE_TOKEN, (match, token, offset) => {
        CROSS_REPOSITORY.lastIndex = offset;
        return allowed.has(token) && !CROSS_REPOSITORY.test(text)
            ? match
            : `#${ZERO_WIDTH_SPACE}${token}`;
    })
        .replace(GH_ISSUE, `$1-${ZERO_WIDTH_SPACE}`);
}
function neutraliseLine(line, options) {
    return neutraliseIssueLinks(neutraliseMentions(escapeLineStart(escapeInline(line))), options.allowedIssues);
}
/** One-line text (subject, scope, name): line breaks become spaces. */
function sanitizeInline(text, options = {}) {
    const flat = stripUnsafeCharacters(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    return neutraliseLine(truncateText(flat, options.maxLength ?? SUBJECT_MAX_LENGTH), options);
}
/**
 * Multi-line text (breaking-change explanations, bodies): each line trimmed (no indented code
 * blocks, no leading whitespace before `::`) and escaped on its own; blank runs become one blank
 * line. The template indents the lines under their list item.
 */
function sanitizeBlock(text, options = {}) {
    const lines = [];
    for (const raw of stripUnsafeCharacters(text).split('\n')) {
        const line = raw.trim();
        if (line === '' && (lines.length === 0 || lines.at(-1) === ''))
            continue;
        lines.push(line);
    }
    while (lines.at(-1) === '')
        lines.pop();
    const kept = truncateText(lines.join('\n'), options.maxLength ?? BLOCK_MAX_LENGTH);
    return kept
        .split('\n')
        .map((line) => (line === '' ? line : neutraliseLine(line, options)))
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/changelog/lib/preset.js
// The writer options: the preset's own (template, partials, transform, grouping and sorting),
// with flowship's additions made through the writer's extension points — partials that wrap the
// preset's, never edits of rendered text.





/** The preset's writer options (the factories are synchronous in these majors; await covers both). */
async function presetWriter(input, options) {
    if (input.preset === 'angular') {
        if (options.types !== undefined) {
            throw new TypeError('the angular preset has fixed sections; use the conventionalcommits preset to configure types');
        }
        return (await (0,src/* default */.A)()).writer;
    }
    const config = {
        types: options.types ?? conventional_changelog_conventionalcommits_src/* DEFAULT_COMMIT_TYPES */.EH,
        // Mentions are neutralised before the preset sees them; should one slip through, the preset's
        // reference formatter leaves it unlinked when the user URL is empty.
        formatUserUrl: () => '',
    };
    return (await (0,conventional_changelog_conventionalcommits_src/* default */.Ay)(config)).writer;
}
/** `by [@\u200blogin](…)` (a link that pings nobody: the login carries the zero-width space too). */
function attribution(author, links) {
    if ('login' in author) {
        const shown = author.login.replace(/[[\]]/g, '\\$&');
        return `by ${(0,dist/* link */.nf)(`@${ZERO_WIDTH_SPACE}${shown}`, links.user(author.login))}`;
    }
    return `by ${author.name}`;
}
/**
 * The writer serialises the whole template context for its debug hook on every render, debug
 * function or not (a cycle-aware JSON of every commit): with thousands of entries that is most of
 * the render time. JSON.stringify asks `toJSON` first, so the context stands in for itself with
 * its release fields. Templates read the context as before.
 */
function summariseForDebug(context) {
    const { version, previousTag, currentTag, commitGroups, noteGroups } = context;
    return Object.defineProperty(context, 'toJSON', {
        enumerable: false,
        value: () => ({
            version,
            previousTag,
            currentTag,
            commitGroups: commitGroups?.map((group) => `${group.title}: ${group.commits.length}`),
            noteGroups: noteGroups?.map((group) => `${group.title}: ${group.notes.length}`),
        }),
    });
}
async function writerOptions(input, options, links) {
    const preset = await presetWriter(input, options);
    const presetHeader = preset.headerPartial;
    const presetCommit = preset.commitPartial;
    // A first release has nothing to compare with: its version links to the tree at its tag.
    const headerPartial = (context) => context.previousTag
        ? presetHeader(context)
        : presetHeader({
            ...context,
            linkCompare: false,
            version: (0,dist/* link */.nf)(context.version ?? '', links.tree(input.tag)),
        });
    // The preset's line, then the pull request, the author and (optionally) the body; the list
    // helper indents the body's lines under the item.
    const commitPartial = (context, commit) => {
        const line = (0,dist/* words */.aL)(presetCommit(context, commit), commit.pullRequest !== null &&
            `(${(0,dist/* link */.nf)(`#${commit.pullRequest}`, links.pull(commit.pullRequest))})`, commit.author !== null && attribution(commit.author, links));
        return options.includeBodies && commit.body ? `${line}\n\n${commit.body}` : line;
    };
    const reordered = input.preset === 'angular'
        ? // angular renders the breaking-change notes in its footer, after the type sections; its
            // footer partial becomes the preamble (rendered right after the heading) instead.
            { preamblePartial: preset.footerPartial, footerPartial: () => '' }
        : {}; // conventionalcommits already renders note groups before the commit groups
    return {
        ...preset,
        ...reordered,
        headerPartial,
        commitPartial,
        // The release date is given; the writer's own default would read the clock.
        formatDate: () => input.date,
        finalizeContext: async (context, ...rest) => summariseForDebug(preset.finalizeContext ? await preset.finalizeContext(context, ...rest) : context),
        // Reverted pairs were removed by the caller (the version decision pairs them); the entries
        // carry no revert data for the writer to pair again.
        ignoreReverted: false,
        reverse: false,
        doFlush: true,
    };
}
/** The template context: repository coordinates for the presets' own links, the release fields. */
function writerContext(input, links) {
    return {
        version: input.version,
        date: input.date,
        host: links.server,
        owner: input.repository.owner,
        repository: input.repository.repo,
        previousTag: input.previousTag,
        currentTag: input.tag,
        linkCompare: input.previousTag !== null,
        linkReferences: true,
        commit: 'commit',
        issue: 'issues',
        compare: 'compare',
    };
}

;// CONCATENATED MODULE: ./packages/changelog/lib/truncate.js
// Fitting notes into a length limit (a GitHub Release body holds 125,000 characters). The
// rendered notes are a sequence of blocks that each start at column 0 — the version heading,
// section headings, list items — while everything inside an item (wrapped note lines, bodies) is
// indented by the template and commit text never starts a line (sanitize.ts trims and the list
// helper indents). Cutting between blocks therefore never splits an item or a link.
function blocksOf(markdown) {
    const blocks = [];
    let offset = 0;
    for (const line of markdown.split('\n')) {
        if (line !== '' && !line.startsWith(' '))
            blocks.push({ start: offset, item: line.startsWith('* ') });
        offset += line.length + 1;
    }
    return blocks;
}
function footer(omitted, url) {
    const changes = omitted === 1 ? 'change' : 'changes';
    return (`---\n\n**${omitted} more ${changes} not shown** (the notes exceed the length limit): ` +
        `see the [full release notes](${url}).\n`);
}
function truncateNotes(markdown, options) {
    if (markdown.length <= options.maxLength)
        return { markdown, truncated: false };
    const blocks = blocksOf(markdown);
    const items = blocks.filter((block) => block.item).length;
    // The footer with the largest omitted count is the longest one; 2 for the blank line before it.
    const budget = options.maxLength - footer(items, options.fullNotesUrl).length - 2;
    const before = (index) => markdown.slice(0, blocks[index]?.start).trimEnd();
    // Keep blocks [0, end): the longest prefix within budget (prefix lengths only grow with end).
    let end = 0;
    while (end < blocks.length && before(end + 1).length <= budget)
        end += 1;
    // Section headings whose items were all cut go too; the version heading stays.
    while (end > 1 && !blocks[end - 1].item)
        end -= 1;
    if (end === 0) {
        throw new RangeError(`maxLength ${options.maxLength} cannot hold even the release heading and the truncation note`);
    }
    const omitted = blocks.slice(end).filter((block) => block.item).length;
    return {
        markdown: `${before(end)}\n\n${footer(omitted, options.fullNotesUrl)}`,
        truncated: true,
    };
}

;// CONCATENATED MODULE: ./packages/changelog/lib/writer-commits.js

// The note keyword the presets recognise; they turn it into their "BREAKING CHANGES" group.
const BREAKING_KEYWORD = 'BREAKING CHANGE';
// A GitHub login, and an app's bot account (`dependabot[bot]`).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const ISSUE_NUMBER = /^\d{1,10}$/;
// `#` is the only prefix GitHub links; `GH-` is its alias.
const GITHUB_PREFIX = /^(?:#|gh-)$/i;
const writer_commits_CROSS_REPOSITORY = /([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})#(\d+)/;
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/**
 * The references that can be links to GitHub issues: numeric, `#`/`GH-` prefixed, the cross-
 * repository ones (read back from `raw`, where the grammar keeps `owner/repo#N`) pointing at that
 * repository. The pull request's own `(#N)` is dropped (it gets a `/pull/N` link). One per target;
 * a closing one wins.
 */
function writerReferences(references, repository, pullRequest) {
    const byTarget = new Map();
    for (const reference of references) {
        if (!ISSUE_NUMBER.test(reference.issue) || !GITHUB_PREFIX.test(reference.prefix))
            continue;
        const cross = writer_commits_CROSS_REPOSITORY.exec(reference.raw);
        const foreign = cross !== null &&
            cross[3] === reference.issue &&
            !(sameName(cross[1], repository.owner) &&
                sameName(cross[2], repository.repo));
        const owner = foreign ? cross[1] : null;
        const repo = foreign ? cross[2] : null;
        if (!foreign && reference.action === null && Number(reference.issue) === pullRequest)
            continue;
        const key = `${owner ?? ''}/${repo ?? ''}#${reference.issue}`;
        const known = byTarget.get(key);
        if (known && (known.action !== null || reference.action === null))
            continue;
        byTarget.set(key, {
            raw: '',
            action: reference.action === null ? null : 'closes',
            owner,
            repository: repo,
            prefix: '#',
            issue: reference.issue,
        });
    }
    return [...byTarget.values()];
}
function writerAuthor(author) {
    if (!author)
        return null;
    if (author.login !== undefined && LOGIN.test(author.login))
        return { login: author.login };
    const name = sanitizeInline(author.name, { maxLength: NAME_MAX_LENGTH });
    return name === '' ? null : { name };
}
// GitHub's squash-merge subjects end with ` (#N)`; the pull request link replaces it.
function withoutPullRequestSuffix(subject, pullRequest) {
    return pullRequest !== null && subject.endsWith(` (#${pullRequest})`)
        ? subject.slice(0, -` (#${pullRequest})`.length)
        : subject;
}
function toWriterCommit(entry, repository) {
    const pullRequest = entry.pullRequest ?? null;
    const references = writerReferences(entry.references, repository, pullRequest);
    const allowedIssues = new Set(references.filter((reference) => reference.owner === null).map((r) => r.issue));
    if (pullRequest !== null)
        allowedIssues.add(String(pullRequest));
    const text = { allowedIssues };
    const subject = entry.subject === null
        ? null
        : sanitizeInline(withoutPullRequestSuffix(entry.subject, pullRequest), text);
    return {
        hash: entry.sha.toLowerCase(),
        header: sanitizeInline(withoutPullRequestSuffix(entry.header, pullRequest), text),
        type: entry.type === null ? null : sanitizeInline(entry.type, { maxLength: SCOPE_MAX_LENGTH }),
        scope: entry.scope === null ? null : sanitizeInline(entry.scope, { maxLength: SCOPE_MAX_LENGTH }),
        subject,
        body: entry.body === null ? null : sanitizeBlock(entry.body, text),
        footer: null,
        notes: entry.breaking.map((explanation) => ({
            title: BREAKING_KEYWORD,
            text: sanitizeBlock(explanation, text),
        })),
        references,
        revert: null,
        mentions: [],
        pullRequest,
        author: writerAuthor(entry.author),
    };
}

;// CONCATENATED MODULE: ./packages/changelog/lib/render.js
// Release notes: the entries through conventional-changelog-writer with the chosen preset.






/** The GitHub Release body limit, in characters. */
const RELEASE_BODY_MAX_LENGTH = 125_000;
/**
 * Renders the notes of one release as Markdown: the version heading (linked to the compare view,
 * or to the tree for a first release), breaking changes first, then one section per type.
 * Pure: no I/O, no clock. Throws TypeError on invalid release fields.
 */
async function renderNotes(input, options = {}) {
    validateInput(input);
    const maxLength = options.maxLength ?? RELEASE_BODY_MAX_LENGTH;
    if (!(maxLength > 0))
        throw new RangeError(`maxLength must be positive, got ${maxLength}`);
    const links = repositoryLinks(input.repository);
    const fullNotesUrl = options.fullNotesUrl !== undefined
        ? safeUrl(options.fullNotesUrl, 'fullNotesUrl')
        : input.previousTag !== null
            ? links.compare(input.previousTag, input.tag)
            : links.history(input.tag);
    const commits = input.entries.map((entry) => toWriterCommit(entry, input.repository));
    const markdown = await (0,dist/* writeChangelogString */.Xc)(commits, writerContext(input, links), await writerOptions(input, options, links));
    return truncateNotes(markdown, { maxLength, fullNotesUrl });
}
/** The notes as a CHANGELOG.md section: never truncated (a file has no length limit). */
async function renderChangelogSection(input, options = {}) {
    return (await renderNotes(input, { ...options, maxLength: Infinity })).markdown;
}

;// CONCATENATED MODULE: ./packages/changelog/lib/changelog-file.js
// CHANGELOG.md updates: the new section goes under the file's header (`# Changelog` and its
// preamble), above the previous releases. Idempotent: a file that already has a section for the
// version is returned unchanged, so a re-run of a release job cannot add it twice.
const DEFAULT_CHANGELOG_HEADER = '# Changelog';
const HEADING = /^#{1,6}[ \t]/;
const FENCE = /^[ ]{0,3}(`{3,}|~{3,})/;
// A release section's heading names a version: `## 1.2.0`, `# [1.2.0](…)`, `## v1.2.0`, `pkg@1.2.0`.
const VERSION_LIKE = /\d+\.\d+\.\d+/;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The heading lines of a Markdown text (outside fenced code), with their line numbers. */
function headings(lines) {
    const found = [];
    let fence = null;
    lines.forEach((line, index) => {
        const marker = FENCE.exec(line)?.[1];
        if (marker !== undefined) {
            if (fence === null)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = null;
            return;
        }
        if (fence === null && HEADING.test(line))
            found.push({ index, line });
    });
    return found;
}
/** Does the changelog already have a section (a heading) for this version? */
function hasChangelogSection(existing, version) {
    const own = new RegExp(`(?<![\\w.+-])v?${escapeRegExp(version)}(?![\\w.+-])`);
    return headings(existing.replace(/\r\n?/g, '\n').split('\n')).some(({ line }) => own.test(line));
}
/**
 * Inserts `notes` (a rendered section) below the header of `existing`. The header is everything
 * before the first heading that names a version; an empty file gets `# Changelog`. Keeps the
 * file's line endings.
 */
function prependToChangelog(existing, notes, version) {
    if (hasChangelogSection(existing, version))
        return { content: existing, changed: false };
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = existing.replace(/\r\n?/g, '\n').split('\n');
    const firstRelease = headings(lines).find(({ line }) => VERSION_LIKE.test(line))?.index;
    const header = lines.slice(0, firstRelease).join('\n').trim();
    const releases = firstRelease === undefined ? '' : lines.slice(firstRelease).join('\n').trim();
    const parts = [header === '' ? DEFAULT_CHANGELOG_HEADER : header, notes.trim(), releases];
    const content = `${parts.filter((part) => part !== '').join('\n\n')}\n`;
    return { content: eol === '\n' ? content : content.replace(/\n/g, eol), changed: true };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/changelog/lib/delimiter.js
// Multi-line step outputs are written to $GITHUB_OUTPUT as `name<<DELIMITER`, the value, then
// `DELIMITER`. Should the value contain the delimiter, the rest of it would be read as further
// outputs: the delimiter must not occur in the text at all.

const DELIMITER_PREFIX = 'ghadelimiter_';
const TOKEN = /^[A-Za-z0-9_-]{8,}$/;
const MAX_ATTEMPTS = 100;
/**
 * A delimiter (`ghadelimiter_<random>`) that does not occur in `text`. `random` gives the random
 * part (default: a UUID); tests pass their own source.
 */
function notesDelimiter(text, random = randomUUID) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const token = random();
        if (!TOKEN.test(token)) {
            throw new TypeError(`random source gave an unusable token: ${JSON.stringify(token)}`);
        }
        const delimiter = `${DELIMITER_PREFIX}${token}`;
        if (!text.includes(delimiter))
            return delimiter;
    }
    throw new Error(`no delimiter absent from the text after ${MAX_ATTEMPTS} attempts`);
}

;// CONCATENATED MODULE: ./packages/changelog/lib/index.js







// EXTERNAL MODULE: ./packages/engine/lib/index.js + 40 modules
var lib = __webpack_require__(196);
// EXTERNAL MODULE: ./packages/github/lib/index.js + 16 modules
var github_lib = __webpack_require__(8164);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./packages/errors/lib/index.js + 2 modules
var errors_lib = __webpack_require__(3582);
;// CONCATENATED MODULE: ./packages/publish/lib/plan.js


const invalid = (detail) => new errors_lib/* FlowshipError */.FT('FLOWSHIP_PLAN_INVALID', { detail });
function checkPlan(plan) {
    if (semver.valid(plan.version) !== plan.version) {
        throw invalid(`version "${plan.version}" is not a semantic version without prefix`);
    }
    if (!plan.tag.endsWith(plan.version)) {
        throw invalid(`tag "${plan.tag}" does not end with version ${plan.version}`);
    }
    if (!/^[0-9a-f]{40}$/.test(plan.sha)) {
        throw invalid(`sha "${plan.sha}" is not a full lowercase commit SHA`);
    }
    const stable = semver.prerelease(plan.version) === null;
    return {
        ...plan,
        tagPrefix: plan.tag.slice(0, plan.tag.length - plan.version.length),
        movesFloating: plan.floating && stable && !plan.prerelease,
        repository: `${plan.owner}/${plan.repo}`,
    };
}

;// CONCATENATED MODULE: ./packages/publish/lib/assets.js


const RECORD_ASSET = 'release-record.json';
/** GitHub renames asset files: special characters become '.', no leading or trailing dots. */
function assetFileName(name) {
    return name.replace(/[^\w.+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}
function desired(name, contentType, data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    return {
        name: assetFileName(name),
        contentType,
        data: bytes,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
    };
}
/** The release record first, then the plan's assets; names must stay distinct once renamed. */
function desiredAssets(plan) {
    const record = `${JSON.stringify(plan.record, null, 2)}\n`;
    const all = [
        desired(RECORD_ASSET, 'application/json', record),
        ...(plan.assets ?? []).map((a) => desired(a.name, a.contentType, a.data)),
    ];
    const seen = new Set();
    for (const asset of all) {
        if (asset.name === '' || seen.has(asset.name)) {
            throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_PLAN_INVALID', {
                detail: `asset name "${asset.name}" is empty or used twice (GitHub renames special characters to ".")`,
            });
        }
        seen.add(asset.name);
    }
    return all;
}
/** Same bytes: by digest when GitHub reports one, else by size. Incomplete uploads never match. */
function sameContent(existing, wanted) {
    if (existing.state !== 'uploaded')
        return false;
    if (existing.digest !== null)
        return existing.digest === wanted.digest;
    return existing.size === wanted.data.byteLength;
}
function describeDifference(existing, wanted) {
    const has = existing.digest ?? `${existing.size} bytes`;
    const wants = existing.digest === null ? `${wanted.data.byteLength} bytes` : wanted.digest;
    return existing.state === 'uploaded'
        ? `it has ${has}, this run has ${wants}`
        : `its upload is incomplete (state ${existing.state})`;
}

;// CONCATENATED MODULE: ./packages/publish/lib/floating-tags.js

/** `vN` and `vN.M` for a stable version; nothing for a prerelease. */
function linesOf(release) {
    const version = semver.parse(release.version);
    if (version === null || version.prerelease.length > 0)
        return [];
    const { major, minor } = version;
    return [
        { name: `${release.tagPrefix}${major}`, contains: (v) => v.major === major },
        {
            name: `${release.tagPrefix}${major}.${minor}`,
            contains: (v) => v.major === major && v.minor === minor,
        },
    ];
}
function floatingTagNames(release) {
    return linesOf(release).map((line) => line.name);
}
/** The prefix under which one listing holds every tag the decision needs (`refs/tags/v1`). */
function floatingListingPrefix(release) {
    return `refs/tags/${release.tagPrefix}${semver.major(release.version)}`;
}
/** Stable version tags (`<prefix>X.Y.Z`) among `tags`. */
function stableVersionTags(prefix, tags) {
    const out = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        const text = tag.name.slice(prefix.length);
        const version = semver.valid(text) === text ? semver.parse(text) : null;
        if (version === null || version.prerelease.length > 0)
            continue;
        out.push({
            name: tag.name,
            version,
            ...(tag.commit === undefined ? {} : { commit: tag.commit }),
        });
    }
    return out;
}
/** The highest version of a line: an existing tag above the release, or the release itself. */
function highestOf(line, release, tags) {
    const own = {
        name: `${release.tagPrefix}${release.version}`,
        version: new semver.SemVer(release.version),
        commit: release.sha,
    };
    return tags
        .filter((t) => line.contains(t.version))
        .reduce((best, t) => (semver.gt(t.version, best.version) ? t : best), own);
}
/** Tags whose commit the decision needs but `existing` does not know (annotated: peel them). */
function tagsToPeel(release, existing) {
    const versions = stableVersionTags(release.tagPrefix, existing);
    const names = new Set();
    for (const line of linesOf(release)) {
        const highest = highestOf(line, release, versions);
        if (highest.commit === undefined)
            names.add(highest.name);
        const floating = existing.find((t) => t.name === line.name);
        if (floating !== undefined && floating.commit === undefined)
            names.add(floating.name);
    }
    return [...names];
}
/** Where `vN` and `vN.M` must point, given the tags as they are. */
function floatingTags(release, existing) {
    const versions = stableVersionTags(release.tagPrefix, existing);
    return linesOf(release).map((line) => {
        const highest = highestOf(line, release, versions);
        const target = highest.commit;
        const floating = existing.find((t) => t.name === line.name);
        if (target === undefined || (floating !== undefined && floating.commit === undefined)) {
            throw new Error(`floatingTags: peel ${tagsToPeel(release, existing).join(', ')} first`);
        }
        const current = floating?.commit;
        if (current === undefined)
            return { name: line.name, target, action: 'create' };
        return { name: line.name, current, target, action: current === target ? 'keep' : 'move' };
    });
}

;// CONCATENATED MODULE: ./packages/publish/lib/steps/peel.js

/** Tags of tags are legal; a chain longer than this is not worth following. */
const MAX_DEPTH = 4;
/** The object a ref finally names: through annotated tag objects to their target. */
async function peel(objects, ref) {
    let current = { sha: ref.sha, type: ref.type };
    for (let depth = 0; depth < MAX_DEPTH && current.type === 'tag'; depth += 1) {
        const tag = await objects.getTag(current.sha);
        if (tag === undefined) {
            throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_PUBLISH_UNSETTLED', {
                operation: `read the tag object ${current.sha} of ${ref.ref}`,
                attempts: '1',
                detail: 'GitHub lists the ref but not its tag object',
            });
        }
        current = { sha: tag.object.sha, type: tag.object.type };
    }
    return current;
}

;// CONCATENATED MODULE: ./packages/publish/lib/steps/floating.js




const TAGS = 'refs/tags/';
/**
 * Step c: `vN` and `vN.M`, lightweight refs on the commit (what `uses: owner/action@v1` and
 * `git checkout v1` resolve; `git describe` keeps naming the annotated version tags).
 * State check: one listing of the major line's tags, re-done after every write. Each round
 * decides with the pure rule (floating-tags.ts) and writes what differs: absent → create; behind
 * → update with force (a maintenance commit is no descendant). It ends when a listing needs no
 * write, so a release that raced this one and wrote last is corrected by whichever run re-reads
 * last: both compute the same target, the highest version of the line.
 */
async function ensureFloatingTags(ctx) {
    const { plan } = ctx;
    if (!plan.movesFloating)
        return [];
    const release = {
        version: plan.version,
        tagPrefix: plan.tagPrefix,
        sha: plan.sha,
    };
    const moved = new Set();
    // Reads that do not yet show a just-created ref (GitHub's replication lag) need extra rounds.
    const rounds = ctx.attempts + 2;
    for (let round = 1; round <= rounds; round += 1) {
        const decisions = floatingTags(release, await listLine(ctx, release));
        const writes = decisions.filter((d) => d.action !== 'keep');
        if (writes.length === 0) {
            return decisions.map((d) => ({ name: d.name, sha: d.target, moved: moved.has(d.name) }));
        }
        for (const decision of writes) {
            if (await write(ctx, decision))
                moved.add(decision.name);
        }
    }
    throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_PUBLISH_UNSETTLED', {
        operation: `settle the floating tags of ${plan.tag}`,
        attempts: String(rounds),
        detail: 'other writers kept moving them',
    });
}
/** The line's tags with their commits; only the few the rule needs are peeled. */
async function listLine(ctx, release) {
    const refs = await ctx.deps.refs.matching(floatingListingPrefix(release));
    const byName = new Map(refs.map((r) => [r.ref.slice(TAGS.length), r]));
    const tags = refs.map((r) => ({
        name: r.ref.slice(TAGS.length),
        ...(r.type === 'tag' ? {} : { commit: r.sha }),
    }));
    for (const name of tagsToPeel(release, tags)) {
        const ref = byName.get(name);
        const tag = tags.find((t) => t.name === name);
        if (ref === undefined || tag === undefined)
            continue;
        tag.commit = (await peel(ctx.deps.objects, ref)).sha;
    }
    return tags;
}
/**
 * One write; true when this run (probably) changed the tag. A lost answer, an "already exists"
 * or a vanished ref is left to the next round's listing.
 */
async function write(ctx, decision) {
    const ref = `${TAGS}${decision.name}`;
    try {
        if (decision.action === 'create')
            await ctx.deps.refs.create(ref, decision.target);
        else
            await ctx.deps.refs.update(ref, decision.target, { force: true });
        const done = decision.action === 'create' ? 'created at' : 'moved to';
        ctx.log(`floating tag ${decision.name}: ${done} ${decision.target}`);
        return true;
    }
    catch (error) {
        if ((0,github_lib/* isAmbiguous */.X2)(error))
            return true;
        if ((0,github_lib/* isAlreadyExists */.x9)(error) || (0,github_lib/* isNotFound */.c4)(error))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/publish/lib/create-or-adopt.js


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * A create that is safe to repeat. A POST that fails ambiguously (5xx, no answer, garbage: it
 * may have happened) or says "already exists" (a race, or a lost earlier answer) is followed by a
 * re-read; only when the re-read proves the thing absent is the POST sent again (bounded).
 * `created` is true when this run's own POST made it, as far as it can tell: the POST answered,
 * or one of its POSTs failed ambiguously before the re-read found it.
 */
async function createOrAdopt(opts) {
    let ambiguous = false;
    let last;
    for (let attempt = 1; attempt <= opts.attempts; attempt += 1) {
        try {
            return { value: await opts.create(), created: true };
        }
        catch (error) {
            if ((0,github_lib/* isAmbiguous */.X2)(error))
                ambiguous = true;
            else if (!(0,github_lib/* isAlreadyExists */.x9)(error) || opts.onExists === 'fail')
                throw error;
            last = error;
        }
        if (opts.pauseMs > 0)
            await sleep(opts.pauseMs * attempt);
        const found = await opts.find?.();
        if (found !== undefined)
            return { value: found, created: ambiguous };
    }
    throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_PUBLISH_UNSETTLED', {
        operation: opts.what,
        attempts: String(opts.attempts),
        detail: last instanceof Error ? last.message : String(last),
    });
}

;// CONCATENATED MODULE: ./packages/publish/lib/steps/assets.js



/**
 * The release carries every desired asset. State check: the release's asset list. Same name and
 * content → kept. A different one on a draft → replaced (nothing has seen a draft); on a
 * published release → FLOWSHIP_ASSET_CONFLICT, except the release record, which keeps the
 * publishing run's. Missing on a published immutable release →
 * FLOWSHIP_RELEASE_FROZEN. An upload that fails ambiguously is re-read before it is repeated.
 */
async function ensureAssets(ctx, release, assets) {
    const { plan } = ctx;
    const missing = assets.filter((a) => !release.assets.some((e) => e.name === a.name));
    if (!release.draft && release.immutable && missing.length > 0) {
        throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_RELEASE_FROZEN', {
            tag: plan.tag,
            names: missing.map((a) => a.name).join(', '),
        });
    }
    for (const wanted of assets) {
        const existing = release.assets.find((a) => a.name === wanted.name);
        if (existing !== undefined && sameContent(existing, wanted))
            continue;
        if (existing !== undefined && !release.draft && wanted.name === RECORD_ASSET) {
            // The record of the run that published the release stays: another run (a re-run, the CLI)
            // releasing the same commit differs only in who it is.
            ctx.log(`release ${ctx.plan.tag}: keeping the ${RECORD_ASSET} of the run that published it`);
            continue;
        }
        if (existing !== undefined)
            await discard(ctx, release, existing, wanted);
        await upload(ctx, release, wanted);
    }
}
/** A differing asset: replaced on a draft, a conflict on a published release. */
async function discard(ctx, release, existing, wanted) {
    if (!release.draft) {
        throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_ASSET_CONFLICT', {
            tag: ctx.plan.tag,
            name: wanted.name,
            detail: describeDifference(existing, wanted),
        });
    }
    ctx.log(`release ${ctx.plan.tag}: replacing ${existing.name} on the draft`);
    await ctx.deps.releases.deleteAsset(existing.id);
}
async function upload(ctx, release, wanted) {
    const { releases } = ctx.deps;
    await createOrAdopt({
        what: `upload ${wanted.name} to the release of ${ctx.plan.tag}`,
        create: () => releases.uploadAsset(release, {
            name: wanted.name,
            contentType: wanted.contentType,
            data: wanted.data,
        }),
        find: async () => {
            const found = (await releases.listAssets(release.id)).find((a) => a.name === wanted.name);
            if (found === undefined || sameContent(found, wanted))
                return found;
            await discard(ctx, release, found, wanted);
            return undefined;
        },
        attempts: ctx.attempts,
        pauseMs: ctx.pauseMs,
    });
    ctx.log(`release ${ctx.plan.tag}: ${wanted.name} attached`);
}

;// CONCATENATED MODULE: ./packages/publish/lib/steps/release.js




/**
 * Step b: the GitHub Release, published with its assets.
 * State check: the published release of the tag (by tag), else a draft of the tag (listing; GitHub
 * does not find drafts by tag). Published → adopted (missing assets added, title and notes
 * updated unless immutable). Otherwise: the draft (adopted, or created), its assets, then
 * publication. Drafting first is what immutable releases require: assets cannot be added once
 * published. A parallel run that published first wins: this run's draft is deleted and the
 * published release adopted, so the tag never gets two releases.
 */
async function ensureRelease(ctx) {
    const { plan, deps, assets } = ctx;
    for (let round = 1; round <= ctx.attempts; round += 1) {
        const published = await deps.releases.byTag(plan.tag);
        if (published !== undefined) {
            return { release: await adoptPublished(ctx, published, assets), created: false };
        }
        const draft = (await findDraft(ctx)) ?? (await createDraft(ctx));
        if (draft === undefined) {
            ctx.log(`release ${plan.tag}: published concurrently while drafting; adopting it`);
            continue;
        }
        try {
            await ensureAssets(ctx, draft, assets);
            const release = await deps.releases.update(draft.id, {
                draft: false,
                tagName: plan.tag,
                name: plan.name,
                body: plan.notes,
                prerelease: plan.prerelease,
                makeLatest: plan.makeLatest,
            });
            ctx.log(`release ${plan.tag}: published (${release.htmlUrl})`);
            return { release, created: true };
        }
        catch (error) {
            if (!(error instanceof errors_lib/* FlowshipError */.FT))
                throw error;
            // Refused as already existing, lost, or anything else: a parallel run may have published
            // the tag's release meanwhile (its own, or this same draft). If so, it wins.
            const winner = await deps.releases.byTag(plan.tag);
            if (winner !== undefined) {
                if (winner.id !== draft.id) {
                    await deps.releases.delete(draft.id);
                    ctx.log(`release ${plan.tag}: published concurrently, draft ${draft.id} deleted`);
                }
                const ours = winner.id === draft.id && (0,github_lib/* isAmbiguous */.X2)(error);
                return { release: await adoptPublished(ctx, winner, assets), created: ours };
            }
            // The draft vanished under this run (deleted by a person): look again from the start.
            if ((0,github_lib/* isNotFound */.c4)(error))
                continue;
            throw error;
        }
    }
    throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_PUBLISH_UNSETTLED', {
        operation: `publish the release of ${plan.tag}`,
        attempts: String(ctx.attempts),
        detail: 'its draft kept disappearing',
    });
}
/** The oldest draft of the tag: a crashed run's, or a parallel run's (so both pick the same). */
async function findDraft(ctx) {
    const drafts = (await ctx.deps.releases.list()).filter((r) => r.draft && r.tagName === ctx.plan.tag);
    const draft = drafts.sort((a, b) => a.id - b.id)[0];
    if (draft !== undefined)
        ctx.log(`release ${ctx.plan.tag}: resuming draft ${draft.id}`);
    return draft;
}
/** A new draft; undefined when GitHub refuses it because a published release holds the tag. */
async function createDraft(ctx) {
    const { plan, deps } = ctx;
    try {
        const { value } = await createOrAdopt({
            what: `create the draft release of ${plan.tag}`,
            create: () => deps.releases.create({
                tagName: plan.tag,
                targetCommitish: plan.sha,
                name: plan.name,
                body: plan.notes,
                draft: true,
                prerelease: plan.prerelease,
            }),
            find: () => findDraft(ctx),
            onExists: 'fail',
            attempts: ctx.attempts,
            pauseMs: ctx.pauseMs,
        });
        return value;
    }
    catch (error) {
        if ((0,github_lib/* isAlreadyExists */.x9)(error))
            return undefined;
        throw error;
    }
}
async function adoptPublished(ctx, release, assets) {
    const { plan, deps } = ctx;
    await ensureAssets(ctx, release, assets);
    const differs = release.name !== plan.name || release.body !== plan.notes;
    if (differs && !release.immutable) {
        ctx.log(`release ${plan.tag}: already published; title and notes updated`);
        return deps.releases.update(release.id, { name: plan.name, body: plan.notes });
    }
    ctx.log(`release ${plan.tag}: already published, adopted`);
    return release;
}

;// CONCATENATED MODULE: ./packages/publish/lib/steps/tag.js



/**
 * Step a: the release tag, an annotated tag at exactly plan.sha.
 * State check: the ref `refs/tags/<tag>`. Absent → tag object, then the ref. Present and peeling
 * to plan.sha → adopted. Present elsewhere → FLOWSHIP_TAG_CONFLICT, nothing changed. A create
 * that races ("Reference already exists") is re-read and judged by the same rule: never moved.
 */
async function ensureTag(ctx) {
    const { plan, deps } = ctx;
    const ref = `refs/tags/${plan.tag}`;
    const existing = await deps.refs.get(ref);
    if (existing !== undefined) {
        await requireTarget(ctx, existing);
        ctx.log(`tag ${plan.tag}: already at ${plan.sha}`);
        return { name: plan.tag, sha: plan.sha, created: false };
    }
    // A tag object no ref names is invisible and harmless, so an ambiguous create is simply retried.
    const { value: object } = await createOrAdopt({
        what: `create the tag object ${plan.tag}`,
        create: () => deps.objects.createTag({
            tag: plan.tag,
            message: plan.tagMessage,
            object: plan.sha,
            type: 'commit',
            ...(plan.tagger === undefined ? {} : { tagger: plan.tagger }),
        }),
        attempts: ctx.attempts,
        pauseMs: ctx.pauseMs,
    });
    const { value: made, created } = await createOrAdopt({
        what: `create the tag ref ${ref}`,
        create: () => deps.refs.create(ref, object.sha),
        find: () => deps.refs.get(ref),
        attempts: ctx.attempts,
        pauseMs: ctx.pauseMs,
    });
    // Another writer's ref (a parallel run, a push) is judged like an existing tag. (A parallel
    // run of the same plan may well have written a byte-identical tag object: same sha.)
    if (made.sha !== object.sha)
        await requireTarget(ctx, made);
    ctx.log(`tag ${plan.tag}: ${created ? 'created' : 'created concurrently, adopted'} at ${plan.sha}`);
    return { name: plan.tag, sha: plan.sha, created };
}
async function requireTarget(ctx, ref) {
    const target = await peel(ctx.deps.objects, ref);
    if (target.type === 'commit' && target.sha === ctx.plan.sha)
        return;
    throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_TAG_CONFLICT', {
        tag: ctx.plan.tag,
        repository: ctx.plan.repository,
        actual: target.sha,
        expected: ctx.plan.sha,
    });
}

;// CONCATENATED MODULE: ./packages/publish/lib/publish-release.js





/**
 * Publishes a decided version: the tag, the GitHub Release, the floating tags, in that order.
 * Every step reads GitHub's state before writing, so running it again after any failure
 * resumes where the earlier run stopped and never duplicates what it made.
 */
async function publishRelease(plan, deps, options = {}) {
    const checked = checkPlan(plan);
    const ctx = {
        plan: checked,
        deps,
        assets: desiredAssets(checked),
        attempts: options.attempts ?? 4,
        pauseMs: options.retryPauseMs ?? 500,
        log: deps.log ?? (() => undefined),
    };
    const startCalls = deps.apiCalls?.();
    const tag = await ensureTag(ctx);
    const { release, created } = await ensureRelease(ctx);
    const floating = await ensureFloatingTags(ctx);
    return {
        tag,
        release: { id: release.id, url: release.htmlUrl, created },
        floating,
        ...(startCalls === undefined || deps.apiCalls === undefined
            ? {}
            : { apiCalls: deps.apiCalls() - startCalls }),
    };
}

;// CONCATENATED MODULE: ./packages/publish/lib/release-commit.js
// The opt-in release commit (CHANGELOG.md): one commit on top of the versioned commit, made
// through the git data API so GitHub signs it (verified), and the branch fast-forwarded to it.
// It is found again rather than made twice: a re-run adopts the commit a crashed run left on the
// branch or under the tag. If the branch moved on since the versioned commit, nothing is written:
// tagging a commit off the branch would hide the release from the next run's history, and the
// run for the newer commit releases these commits together with their changelog section.


const normalise = (message) => message.replace(/\n+$/, '');
async function ensureReleaseCommit(plan, deps) {
    const log = deps.log ?? (() => undefined);
    /** Is `sha` this release's commit (parent: the versioned commit; same message)? */
    const isOurs = async (sha) => {
        const commit = await deps.objects.getCommit(sha);
        return (commit !== undefined &&
            commit.parents.length === 1 &&
            commit.parents[0] === plan.sha &&
            normalise(commit.message) === normalise(plan.message));
    };
    const tagged = await taggedCommit(plan.tag, deps);
    if (tagged !== undefined && (tagged === plan.sha || (await isOurs(tagged)))) {
        log(`release commit: ${plan.tag} already tags ${tagged}`);
        return { kind: 'commit', sha: tagged, created: false };
    }
    const branchRef = `heads/${plan.branch}`;
    const tip = (await deps.refs.get(branchRef))?.sha;
    if (tip === undefined) {
        throw new errors_lib/* FlowshipError */.FT('FLOWSHIP_GITHUB_NOT_FOUND', {
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
    }
    catch (error) {
        // Refused (not a fast-forward) or lost: what the branch holds now decides.
        const now = (await deps.refs.get(branchRef))?.sha;
        if (now === commit.sha)
            return { kind: 'commit', sha: commit.sha, created: true };
        if (now !== undefined && now !== plan.sha) {
            if (await isOurs(now))
                return { kind: 'commit', sha: now, created: false };
            return { kind: 'moved', branchSha: now };
        }
        throw error;
    }
    log(`release commit: created ${commit.sha} on ${plan.branch}`);
    return { kind: 'commit', sha: commit.sha, created: true };
}
/** The commit a tag names on GitHub (annotated tags peeled, as publishing peels them). */
async function taggedCommit(tag, deps) {
    const ref = await deps.refs.get(`tags/${tag}`);
    return ref === undefined ? undefined : (await peel(deps.objects, ref)).sha;
}

;// CONCATENATED MODULE: ./packages/publish/lib/index.js






;// CONCATENATED MODULE: ./packages/release/lib/release.js




/**
 * Decide, describe, and (unless dry) publish: the version of the checked-out commit, its notes
 * rendered with conventional-changelog, then tag + release + floating tags through the API.
 * The CLI (`flowship release`) and the release action both call this.
 */
async function runRelease(options) {
    // `resume`: a re-run after a crash finishes the release whose tag is already on the commit,
    // and a late run of a commit a newer release already shipped releases nothing.
    const { result, git, grammar } = await (0,lib/* computeVersionWithContext */.BY)({
        ...options.request,
        resume: true,
    });
    const { decision } = result;
    // With a release commit the tag sits on a child of the versioned commit: the same version
    // there is this release, made by a run that crashed before finishing it.
    const shippedIn = result.releasedIn !== null &&
        !(options.changelogFile !== undefined && result.releasedIn.tag === result.nextTag)
        ? result.releasedIn
        : null;
    if (shippedIn !== null) {
        options.log?.(`Already released in ${shippedIn.tag}: nothing to release.`);
    }
    if (decision.next === null || result.nextTag === null || shippedIn !== null) {
        return { ...NOTHING, version: result, alreadyReleasedIn: shippedIn };
    }
    const entries = await (0,lib/* releaseEntries */.u5)({ git, grammar, decision });
    const notesInput = {
        version: decision.next,
        previousTag: decision.previous?.tag ?? null,
        tag: result.nextTag,
        date: options.date ?? new Date().toISOString().slice(0, 10),
        preset: grammar.options.name,
        repository: { serverUrl: options.serverUrl, ...options.repository },
        entries,
    };
    const rendered = await renderNotes(notesInput);
    const plan = {
        ...options.repository,
        version: decision.next,
        tag: result.nextTag,
        sha: result.sha,
        name: result.nextTag,
        notes: rendered.markdown,
        prerelease: decision.branch.kind === 'prerelease',
        // A maintenance line's release is never "latest"; GitHub picks among the others by semver.
        makeLatest: decision.branch.kind === 'release' ? 'legacy' : 'false',
        floating: options.floatingTags,
        tagMessage: `Release ${result.nextTag}`,
        record: releaseRecord(result, entries, options.runUrl),
    };
    const described = { version: result, notes: rendered.markdown, truncated: rendered.truncated };
    const changelog = options.changelogFile === undefined
        ? null
        : changelogUpdate(options.changelogFile, {
            current: (await git.readFiles(result.sha, [options.changelogFile])).get(options.changelogFile),
            section: await renderChangelogSection(notesInput),
            version: decision.next,
        });
    if (options.dryRun) {
        return { ...NOTHING, ...described, plan };
    }
    const octokit = (0,github_lib/* createOctokit */.Qi)({
        token: options.token ?? '',
        baseUrl: options.apiUrl,
        ...(options.log === undefined ? {} : { log: { warn: options.log } }),
    });
    const api = (0,github_lib/* repositoryApi */.Rx)(octokit, options.repository);
    const log = options.log ?? (() => undefined);
    let releaseCommit = null;
    if (changelog !== null) {
        const made = await ensureReleaseCommit({
            repository: `${options.repository.owner}/${options.repository.repo}`,
            branch: decision.branch.name,
            sha: result.sha,
            tree: (await api.objects.getCommit(result.sha))?.tree ?? '',
            tag: result.nextTag,
            message: releaseCommitMessage(result.nextTag),
            files: [changelog],
        }, { ...api, log });
        if (made.kind === 'moved') {
            log(`${decision.branch.name} moved on to ${made.branchSha}: nothing released from ${result.sha}; ` +
                `the run for ${made.branchSha} releases these commits with their ${changelog.path} section.`);
            return { ...NOTHING, version: result, movedTo: made.branchSha };
        }
        releaseCommit = { sha: made.sha, created: made.created };
        plan.sha = made.sha;
        plan.record = { ...plan.record, sha: made.sha, versionedSha: result.sha };
    }
    const published = await publishRelease(plan, {
        ...api,
        apiCalls: () => octokit.apiCalls(),
        log,
    });
    return { ...NOTHING, ...described, plan, published, releaseCommit };
}
const NOTHING = {
    plan: null,
    notes: '',
    truncated: false,
    published: null,
    releaseCommit: null,
    movedTo: null,
    alreadyReleasedIn: null,
};
/** semantic-release's message, `[skip ci]` included: the commit changes only the changelog. */
const releaseCommitMessage = (tag) => `chore(release): ${tag} [skip ci]`;
/** The changelog file with this release's section on top; null when it has the section already. */
function changelogUpdate(path, input) {
    const update = prependToChangelog(input.current ?? '', input.section, input.version);
    return update.changed ? { path, content: update.content } : null;
}
/** The audit trail attached to each release as `release-record.json`. */
function releaseRecord(result, entries, runUrl) {
    const pulls = [
        ...new Set(entries.flatMap((e) => (e.pullRequest === undefined ? [] : [e.pullRequest]))),
    ];
    return {
        version: result.decision.next,
        tag: result.nextTag,
        sha: result.sha,
        previousVersion: result.decision.previous?.version ?? null,
        previousTag: result.decision.previous?.tag ?? null,
        bump: result.decision.bump,
        commits: [...new Set(result.decision.reasons.map((r) => r.sha))],
        pullRequests: pulls.sort((a, b) => a - b),
        workflowRun: runUrl ?? null,
    };
}

;// CONCATENATED MODULE: ./packages/release/lib/index.js



/***/ })

};
