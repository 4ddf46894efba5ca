// The incident's title, body and comments. Everything that comes from commits, payloads or the
// verification goes through text.ts (or renderVerificationSummary, which neutralises its own).
import { renderVerificationSummary, type VerificationReport } from '@flowship/verify';
import { incidentMarker, resolvedMarker, updateMarker } from './markers.js';
import type { DeploymentFacts } from './payload.js';
import type { CommitRange } from './ports.js';
import { cutLines, formatElapsed, inline, link, name } from './text.js';

/** GitHub refuses issue bodies and comments over 65 536 characters; this leaves room. */
const BODY_LIMIT = 60_000;
const COMMITS_SHOWN = 50;

export interface RepositoryLinks {
  owner: string;
  repo: string;
  /** GITHUB_SERVER_URL, e.g. https://github.com */
  serverUrl: string;
  /** The run doing the rollback. */
  runUrl?: string | undefined;
}

/** What happened after the failure: a redeploy of `target`, or a stop and why. */
export type IncidentAction =
  { kind: 'rollback'; target: DeploymentFacts } | { kind: 'stop'; reason: string };

export interface IncidentFacts {
  links: RepositoryLinks;
  environment: string;
  failed: DeploymentFacts;
  /** When the failed deployment got its failure status (ISO 8601). */
  failedAt: string | undefined;
  action: IncidentAction;
  /** Automatic rollbacks in a row ending at the failed deployment (ids, newest first). */
  chain: readonly number[];
  /** Commits in the failed version and not in the target; undefined when not compared. */
  commits: CommitRange | undefined;
  verification: VerificationReport | undefined;
}

const repoUrl = (l: RepositoryLinks) => `${l.serverUrl}/${l.owner}/${l.repo}`;
const runLink = (l: RepositoryLinks, runId: number | undefined, label: string) =>
  runId === undefined ? undefined : link(label, `${repoUrl(l)}/actions/runs/${runId}`);

const version = (facts: DeploymentFacts) => name(facts.version);

/** `1.2.0 (deployment 45): release, deploy run` */
function deploymentLine(links: RepositoryLinks, facts: DeploymentFacts): string {
  const extras = [
    facts.releaseUrl === undefined ? undefined : link('release', facts.releaseUrl),
    runLink(links, facts.runId, 'deploy run'),
  ].filter((x) => x !== undefined);
  return `${version(facts)} (deployment ${facts.id})${extras.length > 0 ? `: ${extras.join(', ')}` : ''}`;
}

function actionLine(facts: IncidentFacts): string {
  const { action, links } = facts;
  if (action.kind === 'stop') return `⛔ **${inline(capitalise(action.reason), 400)}**`;
  const by = links.runUrl === undefined ? '' : `, dispatched by ${link('this run', links.runUrl)}`;
  return `rolled back to ${deploymentLine(links, action.target)}${by}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function commitLines(facts: IncidentFacts): string[] {
  const { action, commits, links } = facts;
  if (action.kind !== 'rollback') return [];
  const range = `${version(action.target)} and ${version(facts.failed)}`;
  const header = `### Commits between ${range}`;
  if (commits === undefined) {
    return [header, '', 'GitHub could not compare the two releases.'];
  }
  const compare = link(
    'compare',
    `${repoUrl(links)}/compare/${action.target.sha}...${facts.failed.sha}`,
  );
  const count = `${commits.total} commit${commits.total === 1 ? '' : 's'} (${compare}):`;
  const shown = commits.commits.slice(0, COMMITS_SHOWN);
  const lines = shown.map((c) => {
    const sha = /^[0-9a-f]{7,64}$/i.test(c.sha) ? `\`${c.sha.slice(0, 7)}\` ` : '';
    const author = c.author.trim() === '' ? '' : ` — ${inline(c.author, 100)}`;
    return `- ${sha}${inline(c.subject, 200)}${author}`;
  });
  const more = commits.total - shown.length;
  if (more > 0) lines.push(`- … and ${more} more`);
  return [header, '', count, '', ...lines];
}

function verificationLines(report: VerificationReport | undefined, room: number): string[] {
  if (report === undefined) return [];
  const summary = renderVerificationSummary(report).trimEnd();
  return [
    cutLines(
      summary,
      room,
      '_The verification report is cut here; the run summary has all of it._',
    ),
  ];
}

export function incidentTitle(facts: Pick<IncidentFacts, 'environment' | 'failed'>): string {
  // Titles render no Markdown, but stay one line and short.
  const line = (text: string, max: number) =>
    [...text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()].slice(0, max).join('');
  return `Incident: ${line(facts.failed.version, 60)} failed in ${line(facts.environment, 100)}`;
}

/** The facts shared by the incident body and an update comment. */
function factLines(facts: IncidentFacts): string[] {
  const { links, environment } = facts;
  const envLink = link(
    name(environment),
    `${repoUrl(links)}/deployments/${encodeURIComponent(environment)}`,
  );
  const chain =
    facts.chain.length === 0
      ? []
      : [
          `- **Automatic rollbacks in a row:** ${facts.chain.length} ` +
            `(deployment${facts.chain.length === 1 ? '' : 's'} ${facts.chain.join(', ')})`,
        ];
  return [
    `- **Environment:** ${envLink}`,
    `- **Failed:** ${deploymentLine(links, facts.failed)}${facts.failedAt ? `, marked failed at ${name(facts.failedAt, 40)}` : ''}`,
    ...chain,
    `- **Action:** ${actionLine(facts)}`,
  ];
}

function withVerification(lines: string[], facts: IncidentFacts, footer: string[]): string {
  const head = lines.join('\n');
  const tail = footer.join('\n');
  const room = BODY_LIMIT - head.length - tail.length;
  const verification = verificationLines(facts.verification, room);
  return [head, ...verification, ...(tail === '' ? [] : [tail])].join('\n\n');
}

export function incidentBody(facts: IncidentFacts): string {
  const lines = [
    incidentMarker(facts.environment, facts.failed.id),
    `## Deployment of ${version(facts.failed)} to ${name(facts.environment)} failed`,
    '',
    ...factLines(facts),
  ];
  const commits = commitLines(facts);
  if (commits.length > 0) lines.push('', ...commits);
  const footer = [
    '---',
    facts.action.kind === 'rollback'
      ? '_Opened by flowship. It is closed with the time to restore once the redeploy succeeds and verifies._'
      : '_Opened by flowship. Automatic rollback has stopped: close this issue once the environment is restored._',
  ];
  return withVerification(lines, facts, footer);
}

/** A comment on an incident opened earlier, when a deployment made for it failed in turn. */
export function incidentUpdate(facts: IncidentFacts): string {
  const lines = [
    updateMarker(facts.failed.id),
    `### Deployment ${facts.failed.id} (${version(facts.failed)}) failed too`,
    '',
    ...factLines(facts),
  ];
  const commits = commitLines(facts);
  if (commits.length > 0) lines.push('', ...commits);
  return withVerification(lines, facts, []);
}

export interface Resolution {
  /** The deployment that restored the environment. */
  restored: DeploymentFacts;
  /** When it was restored (ISO 8601). */
  restoredAt: string;
  /** The failure status time of the deployment that opened the incident (ISO 8601). */
  failedAt: string;
  /** That deployment's id. */
  failedId: number;
}

export const timeToRestoreMs = (r: Pick<Resolution, 'restoredAt' | 'failedAt'>): number =>
  Math.max(0, Date.parse(r.restoredAt) - Date.parse(r.failedAt));

export function resolutionComment(resolution: Resolution): string {
  const elapsed = formatElapsed(timeToRestoreMs(resolution));
  return [
    resolvedMarker(resolution.restored.id),
    `✅ Restored ${version(resolution.restored)} (deployment ${resolution.restored.id}) at ` +
      `${name(resolution.restoredAt, 40)} — time to restore ${elapsed} (from the failed ` +
      `verification at ${name(resolution.failedAt, 40)}, the failure status of deployment ` +
      `${resolution.failedId}).`,
  ].join('\n');
}
