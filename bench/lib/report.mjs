// Turns measurements into Markdown tables (printed and written to RESULTS.md) and target verdicts.
export const ANCHORS = [
  { id: 'semantic-release', short: 'semantic-release' },
  { id: 'conventional-recommended-bump', short: 'c-r-bump' },
  { id: 'git-cliff', short: 'git-cliff' },
];
const DECIDERS = [{ id: 'flowship', short: 'flowship' }, ...ANCHORS];

const TARGET_FLOOR_RATIO = 1.5;
const TARGET_SR_SPEEDUP = 10;
const TARGET_100K_MS = 5000;
const TARGET_100K_MB = 200;

/** Floor = median(git log of the range) + median(empty Node start); null if either is missing. */
export function floorMs(repo) {
  const a = repo.results['floor:git-log'];
  const b = repo.results['floor:node'];
  return a?.status === 'ok' && b?.status === 'ok' ? a.ms + b.ms : null;
}

export function timeTable(repos) {
  const head = ['Repo', 'Commits in range', 'Floor ms', 'flowship ms', 'flowship ÷ floor'];
  for (const a of ANCHORS) head.push(`${a.short} ms`, `flowship faster ×`);
  const rows = repos.map((repo) => {
    const fs = repo.results.flowship;
    const floor = floorMs(repo);
    const row = [
      repo.label,
      String(repo.manifest.commitsSinceLastTag),
      floor === null ? '—' : fmtMs(floor),
      cellMs(fs),
      fs?.status === 'ok' && floor !== null ? `${(fs.ms / floor).toFixed(2)}×` : '—',
    ];
    for (const a of ANCHORS) row.push(cellMs(repo.results[a.id]), speedup(repo.results[a.id], fs));
    return row;
  });
  return markdown(head, rows);
}

export function rssTable(repos) {
  const head = ['Repo', 'git log MB', 'node -e 0 MB', ...DECIDERS.map((d) => `${d.short} MB`)];
  const rows = repos.map((repo) => [
    repo.label,
    ...['floor:git-log', 'floor:node', ...DECIDERS.map((d) => d.id)].map((id) =>
      cellMb(repo.results[id]),
    ),
  ]);
  return markdown(head, rows);
}

export function decisionTable(repos) {
  const head = ['Repo', 'Manifest next', ...DECIDERS.map((d) => d.short)];
  const rows = repos.map((repo) => [
    repo.label,
    repo.manifest.expected.next ?? 'none',
    ...DECIDERS.map((d) => cellDecision(repo.results[d.id])),
  ]);
  return markdown(head, rows);
}

/** The three targets, each { name, status: 'met' | 'not met' | 'not measured', figure }. */
export function targets(repos) {
  return [floorTarget(repos), releaseTarget(repos), bigRepoTarget(repos)];
}

function floorTarget(repos) {
  const name = `flowship ≤ ${TARGET_FLOOR_RATIO}× the floor at every size`;
  const ratios = repos
    .filter((r) => r.results.flowship?.status === 'ok' && floorMs(r) !== null)
    .map((r) => ({ label: r.label, ratio: r.results.flowship.ms / floorMs(r) }));
  if (!ratios.length) return { name, status: 'not measured', figure: 'flowship not measured' };
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const met = worst.ratio <= TARGET_FLOOR_RATIO;
  return {
    name,
    status: met ? 'met' : 'not met',
    figure: `worst ${worst.ratio.toFixed(2)}× (${worst.label})`,
  };
}

function releaseTarget(repos) {
  const name = `flowship ≥ ${TARGET_SR_SPEEDUP}× faster than semantic-release`;
  const pairs = repos
    .map((r) => ({ label: r.label, fs: r.results.flowship, sr: r.results['semantic-release'] }))
    .filter((p) => p.fs?.status === 'ok' && ['ok', 'timeout'].includes(p.sr?.status));
  if (!pairs.length)
    return { name, status: 'not measured', figure: 'no flowship/semantic-release pair' };
  const slowest = pairs
    .map((p) => ({ ...p, x: p.sr.ms / p.fs.ms, lowerBound: p.sr.status === 'timeout' }))
    .reduce((a, b) => (b.x < a.x ? b : a));
  const figure = `smallest ${slowest.lowerBound ? '≥ ' : ''}${slowest.x.toFixed(1)}× (${slowest.label})`;
  if (slowest.x >= TARGET_SR_SPEEDUP) return { name, status: 'met', figure };
  // Below target only on a lower bound: the real ratio is unknown.
  return { name, status: slowest.lowerBound ? 'not measured' : 'not met', figure };
}

function bigRepoTarget(repos) {
  const name = `100k commits, tag 90% back: < ${TARGET_100K_MS / 1000} s and < ${TARGET_100K_MB} MB`;
  const repo = repos.find((r) => r.size === 100_000 && r.layout.key === 'far');
  const fs = repo?.results.flowship;
  if (fs?.status !== 'ok') {
    const why = repo ? 'flowship not measured' : 'size 100000 not run';
    return { name, status: 'not measured', figure: why };
  }
  const mb = fs.rssKb === null ? null : fs.rssKb / 1024;
  const met = fs.ms < TARGET_100K_MS && mb !== null && mb < TARGET_100K_MB;
  const figure = `${fmtMs(fs.ms)} ms, ${mb === null ? '? MB' : `${mb.toFixed(0)} MB`}`;
  return { name, status: met ? 'met' : 'not met', figure };
}

export function targetLines(list) {
  return list.map((t) => `- ${t.name}: **${t.status}** — ${t.figure}`).join('\n');
}

/** Skips (once per tool), failures, timeouts and flagged results, one line each. */
export function noteLines(repos) {
  const skipped = new Map();
  const lines = [];
  for (const repo of repos) {
    for (const [id, r] of Object.entries(repo.results)) {
      if (r.status === 'skipped') skipped.set(id, r.note);
      else if (r.status !== 'ok' || r.note) {
        lines.push(`- ${repo.label} / ${id}: ${r.status}${r.note ? ` — ${r.note}` : ''}`);
      }
    }
  }
  const skips = [...skipped].map(([id, note]) => `- ${id}: skipped — ${note}`);
  return [...skips, ...lines].join('\n');
}

function cellMs(r) {
  if (!r) return '—';
  if (r.status === 'timeout') return `≥ ${fmtMs(r.ms)} (cap)`;
  if (r.status !== 'ok') return r.status;
  return r.runs === 1 ? `${fmtMs(r.ms)} (1 run)` : fmtMs(r.ms);
}

function cellMb(r) {
  if (!r || r.rssKb === null || r.rssKb === undefined) return r?.status === 'ok' ? '?' : '—';
  return `${r.rssApprox ? '≈' : ''}${(r.rssKb / 1024).toFixed(0)}`;
}

function cellDecision(r) {
  if (!r) return '—';
  if (r.status !== 'ok') return r.status;
  return r.verdict?.text ?? '?';
}

function speedup(anchor, flowship) {
  if (flowship?.status !== 'ok' || !['ok', 'timeout'].includes(anchor?.status)) return '—';
  const x = anchor.ms / flowship.ms;
  return `${anchor.status === 'timeout' ? '≥ ' : ''}${x.toFixed(1)}×`;
}

function fmtMs(ms) {
  return ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US');
}

function markdown(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
