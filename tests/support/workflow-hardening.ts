// The hardening rules of DEVELOPERS.md for the workflows flowship ships, as findings per file.
// GitHub's own parser and actionlint check syntax and types; these check our security policy.
import { parseDocument } from 'yaml';

/** Repositories whose actions are ours: examples may reference them by release tag. */
const FIRST_PARTY = /^flowship\/flowship(\/|@)/;
const FULL_SHA_PIN = /^[\w.-]+\/[\w.-]+(\/[^@]+)?@[0-9a-f]{40}$/;

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Findings for one workflow file: `permissions: {}` at the top, `permissions` on every job,
 * third-party `uses:` pinned to a full commit SHA, no `${{ }}` inside `run:`, checkout with
 * `persist-credentials: false`, `timeout-minutes` on every job that runs steps, a concurrency
 * group (workflow or job level), no `secrets: inherit`.
 */
export function hardeningFindings(file: string, content: string): string[] {
  const doc = parseDocument(content);
  if (doc.errors.length > 0) return doc.errors.map((e) => `${file}: ${e.message}`);
  const workflow = doc.toJS() as Mapping;
  const findings: string[] = [];
  const say = (where: string, what: string) => findings.push(`${file}: ${where}: ${what}`);

  const top = workflow.permissions;
  if (!isMapping(top) || Object.keys(top).length !== 0) {
    say('permissions', 'the workflow must start from `permissions: {}` (each job grants its own)');
  }
  const workflowConcurrency = workflow.concurrency !== undefined;
  const jobs = isMapping(workflow.jobs) ? workflow.jobs : {};
  for (const [id, raw] of Object.entries(jobs)) {
    if (!isMapping(raw)) continue;
    const job = raw;
    const where = `jobs.${id}`;
    if (job.permissions === undefined) say(where, 'set `permissions:` (least privilege)');
    if (!workflowConcurrency && job.concurrency === undefined) {
      say(where, 'set a `concurrency:` group (on the workflow or the job)');
    }
    if (typeof job.uses === 'string') {
      checkUses(job.uses, where, say);
      if (job.secrets === 'inherit') say(where, 'pass secrets explicitly, not `secrets: inherit`');
      continue; // a reusable workflow call has no steps and takes no timeout-minutes
    }
    if (job['timeout-minutes'] === undefined) say(where, 'set `timeout-minutes`');
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((rawStep, index) => {
      if (!isMapping(rawStep)) return;
      const step = rawStep;
      const at = `${where}.steps[${index}]`;
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        say(at, 'no `${{ }}` inside `run:` — pass the value through `env:`');
      }
      if (typeof step.uses === 'string') {
        checkUses(step.uses, at, say);
        if (/^actions\/checkout@/.test(step.uses)) {
          const withs = isMapping(step.with) ? step.with : {};
          if (withs['persist-credentials'] !== false) {
            say(at, 'actions/checkout needs `persist-credentials: false`');
          }
        }
      }
    });
  }
  return findings;
}

function checkUses(uses: string, where: string, say: (where: string, what: string) => void): void {
  if (uses.startsWith('./') || uses.startsWith('$/') || uses.startsWith('docker://')) return;
  if (FIRST_PARTY.test(uses)) return;
  if (!FULL_SHA_PIN.test(uses)) say(where, `pin \`${uses}\` to a full commit SHA`);
}
