import { describe, expect, it } from 'vitest';
import {
  formatElapsed,
  incidentBody,
  incidentDeployment,
  incidentMarker,
  incidentTitle,
  incidentUpdate,
  parseVerificationReport,
  resolutionComment,
  type DeploymentFacts,
  type IncidentFacts,
} from '@flowship/rollback';
import type { VerificationReport } from '@flowship/verify';
import { violations } from '../../changelog/test/inert.js';
import { snapshotFile } from '../../changelog/test/snapshot-file.js';

const links = {
  owner: 'acme',
  repo: 'shop',
  serverUrl: 'https://github.com',
  runUrl: 'https://github.com/acme/shop/actions/runs/2001',
};

const facts = (id: number, version: string, extra: Partial<DeploymentFacts> = {}) =>
  ({
    id,
    version,
    ref: `v${version}`,
    sha: `${String(id).repeat(8)}`.slice(0, 8).padEnd(40, '0'),
    releaseUrl: `https://github.com/acme/shop/releases/tag/v${version}`,
    runId: 1000 + id,
    rollbackOf: undefined,
    incident: undefined,
    ...extra,
  }) satisfies DeploymentFacts;

const report: VerificationReport = {
  passed: false,
  reason: 'check homepage: success rate 40% is below 99%',
  startedAt: '2025-01-01T10:05:00.000Z',
  finishedAt: '2025-01-01T10:05:04.000Z',
  checks: [
    {
      name: 'homepage',
      kind: 'http',
      verdict: 'failed',
      reason: 'success rate 40% is below 99%',
      aggregates: { successRate: 0.4, p50: 12, p95: 30, p99: 31, count: 5 },
      measurements: [
        { phase: 'successful', startedAt: '2025-01-01T10:05:00.000Z', durationMs: 12, status: 200 },
        { phase: 'failed', startedAt: '2025-01-01T10:05:01.000Z', durationMs: 30, status: 500 },
      ],
    },
  ],
};

const incident: IncidentFacts = {
  links,
  environment: 'production',
  failed: facts(45, '1.2.0'),
  failedAt: '2025-01-01T10:05:05Z',
  action: { kind: 'rollback', target: facts(40, '1.1.0') },
  chain: [],
  commits: {
    total: 3,
    commits: [
      { sha: 'a'.repeat(40), subject: 'feat(cart): one-click checkout (#31)', author: 'Ada' },
      { sha: 'b'.repeat(40), subject: 'fix: rounding of totals', author: 'Grace Hopper' },
      { sha: 'c'.repeat(40), subject: 'chore(deps): bump left-pad', author: 'dependabot[bot]' },
    ],
  },
  verification: report,
};

describe('incident text', () => {
  it('renders the incident: marker, facts, commits, verification', async () => {
    expect(incidentTitle(incident)).toBe('Incident: 1.2.0 failed in production');
    const body = incidentBody(incident);
    expect(body.startsWith(incidentMarker('production', 45))).toBe(true);
    expect(incidentDeployment(body, 'production')).toBe(45);
    expect(incidentDeployment(body, 'staging')).toBeUndefined();
    await expect(snapshotFile(`${body}\n`)).toMatchFileSnapshot('./__snapshots__/incident.md');
  });

  it('renders a stop, and the comment on an incident a failed rollback continues', async () => {
    const stop: IncidentFacts = {
      ...incident,
      failed: facts(46, '1.1.0', { rollbackOf: 45, incident: 7 }),
      action: {
        kind: 'stop',
        reason:
          'automatic rollback stopped after 1: deployment 46 is itself an automatic rollback, and the limit is 1 in a row; manual action needed',
      },
      chain: [46],
      commits: undefined,
      verification: undefined,
    };
    const body = incidentBody(stop);
    expect(body).toContain(
      '- **Action:** ⛔ **Automatic rollback stopped after 1: deployment 46 is itself an automatic rollback, and the limit is 1 in a row; manual action needed**',
    );
    expect(body).not.toContain('### Commits');
    await expect(snapshotFile(`${incidentUpdate(stop)}\n`)).toMatchFileSnapshot(
      './__snapshots__/incident-update-stop.md',
    );
  });

  it('renders the resolution with the time to restore', () => {
    const comment = resolutionComment({
      restored: facts(47, '1.1.0', { rollbackOf: 45, incident: 7 }),
      restoredAt: '2025-01-01T10:09:15Z',
      failedAt: '2025-01-01T10:05:05Z',
      failedId: 45,
    });
    expect(comment).toBe(
      '<!-- flowship:resolved deployment=47 -->\n' +
        '✅ Restored 1.1.0 (deployment 47) at 2025-01-01T10:09:15Z — time to restore 4 min 10 s ' +
        '(from the failed verification at 2025-01-01T10:05:05Z, the failure status of deployment 45).',
    );
    expect(formatElapsed(850)).toBe('850 ms');
    expect(formatElapsed(42_400)).toBe('42 s');
    expect(formatElapsed(3_600_000 + 5 * 60_000)).toBe('1 h 5 min');
    expect(formatElapsed(120_000)).toBe('2 min');
  });

  it('neutralises hostile commit text, payload values and verification output', async () => {
    const hostile: IncidentFacts = {
      ...incident,
      environment: 'prod <b>x</b>',
      failed: facts(45, '1.2.0 @admins <script>', { releaseUrl: 'javascript:alert(1)' }),
      commits: {
        total: 70,
        commits: [
          {
            sha: 'd'.repeat(40),
            subject: 'feat: ping @octocat and @acme/ops <img src=x onerror=alert(1)>',
            author: '@everyone <b>boss</b>',
          },
          {
            sha: 'e'.repeat(40),
            subject: 'fix: ](javascript:alert(1)) [x](https://evil.example) **bold** | cell |',
            author: 'Mallory',
          },
          { sha: 'f'.repeat(40), subject: '::set-output name=rolled-back::false', author: '::' },
          { sha: '1'.repeat(40), subject: '# heading\n- list item', author: 'x' },
          { sha: '2'.repeat(40), subject: 'closes #12, acme/other#3 and GH-4', author: 'y' },
          { sha: '3'.repeat(40), subject: 'bidi \u202eevil\u202c and \u0007bell', author: 'z' },
          { sha: 'not a sha', subject: '<!-- flowship:incident -->', author: '' },
        ],
      },
      verification: {
        ...report,
        reason: '@octocat <script>alert(1)</script>',
        checks: [
          {
            ...report.checks[0]!,
            name: '@team | x',
            measurements: [
              {
                phase: 'failed',
                startedAt: '2025-01-01T10:05:01.000Z',
                durationMs: 30,
                message: '</table><img src=x> @octocat\n::error::boom',
              },
            ],
          },
        ],
      },
    };
    const body = incidentBody(hostile);
    const [marker, ...rest] = body.split('\n');
    expect(marker).toBe(
      '<!-- flowship:incident environment=prod%20%3Cb%3Ex%3C%2Fb%3E deployment=45 -->',
    );
    expect(violations(rest.join('\n'))).toEqual([]);
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(body).not.toContain('<!-- flowship:incident -->');
    expect(body).toContain('- … and 63 more');
    // The marker still finds the incident of the hostile environment name.
    expect(incidentDeployment(body, 'prod <b>x</b>')).toBe(45);
    expect(incidentTitle(hostile)).toBe('Incident: 1.2.0 @admins <script> failed in prod <b>x</b>');
    await expect(snapshotFile(`${body}\n`)).toMatchFileSnapshot(
      './__snapshots__/incident-hostile.md',
    );
  });

  it('keeps the body under GitHub’s limit when the verification report is huge', () => {
    const measurement = {
      phase: 'failed' as const,
      startedAt: '2025-01-01T10:05:01.000Z',
      durationMs: 30,
      message: 'x'.repeat(290),
    };
    const checks = Array.from({ length: 20 }, (_, n) => ({
      ...report.checks[0]!,
      name: `check-${n}`,
      measurements: Array.from({ length: 60 }, () => measurement),
    }));
    const body = incidentBody({ ...incident, verification: { ...report, checks } });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('_The verification report is cut here; the run summary has all of it._');
    expect(body.endsWith('verifies._')).toBe(true);
  });
});

describe('parseVerificationReport', () => {
  it('takes actions/verify’s report and refuses anything else, naming the input', () => {
    expect(parseVerificationReport(JSON.stringify(report))).toEqual(report);
    const problem = (text: string) => {
      try {
        parseVerificationReport(text);
        return 'parsed';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem('{')).toBe(
      'Input "verification" is not JSON; pass actions/verify\'s `report` output as it is.',
    );
    expect(problem('[]')).toBe(
      'Input "verification" is not an actions/verify report: the report is not a JSON object.',
    );
    const broken = { ...report, checks: [{ ...report.checks[0], kind: 'ftp' }] };
    expect(problem(JSON.stringify(broken))).toBe(
      'Input "verification" is not an actions/verify report: report.checks[0].kind is not one of http, prometheus, command.',
    );
    const badMeasurement = {
      ...report,
      checks: [{ ...report.checks[0], measurements: [{ phase: 'failed', startedAt: 1 }] }],
    };
    expect(problem(JSON.stringify(badMeasurement))).toMatch(
      /report\.checks\[0\]\.measurements\[0\] needs a string "startedAt"/,
    );
  });
});
