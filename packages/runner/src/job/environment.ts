import { createDeployment, setDeploymentStatus } from '../deployments.js';
import type { EvaluationScope } from '../expressions/evaluate.js';
import { type Located, evaluateToken } from '../expressions/template.js';
import type { WorkflowHost } from '../host.js';
import type { JobConclusion } from '../result.js';
import type { RunState } from '../run/run-state.js';

/** The job's `environment:`: its name, url, and whether GitHub creates a deployment for it. */
export interface EnvironmentSetting {
  name: string;
  url: string;
  deployment: boolean;
}

export function environmentOf(
  located: Located | undefined,
  scope: EvaluationScope,
): EnvironmentSetting | undefined {
  if (located === undefined) return undefined;
  const value = evaluateToken(located, scope);
  if (typeof value === 'string') return { name: value, url: '', deployment: true };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return {
      name: String(value.name ?? ''),
      url: typeof value.url === 'string' ? value.url : '',
      deployment: value.deployment !== false && value.deployment !== 'false',
    };
  }
  return undefined;
}

/** A deployment under way, with the `deployments: write` token that reports on it. */
export class JobDeployment {
  private constructor(
    private readonly host: WorkflowHost,
    private readonly run: RunState,
    private readonly id: number,
    private readonly token: string,
    private url: string,
  ) {}

  /**
   * Creates the deployment of a job about to start (unless `deployment: false`), with status
   * in_progress; resolves undefined when there is none to create.
   */
  static async start(
    host: WorkflowHost,
    run: RunState,
    setting: EnvironmentSetting | undefined,
  ): Promise<JobDeployment | undefined> {
    if (setting === undefined || !setting.deployment || setting.name === '') return undefined;
    const token = host.mintToken({
      repository: run.info.repository,
      permissions: { deployments: 'write' },
    });
    try {
      const id = await createDeployment(
        { apiUrl: host.url, repository: run.info.repository, token },
        {
          sha: run.info.sha,
          environment: setting.name,
          logUrl: run.info.htmlUrl,
          environmentUrl: setting.url,
        },
      );
      return new JobDeployment(host, run, id, token, setting.url);
    } catch (error) {
      host.revokeToken(token);
      throw error;
    }
  }

  /** The final status: success, or failure for a failed or cancelled job. */
  async finish(conclusion: JobConclusion, url: string | undefined): Promise<void> {
    if (url !== undefined) this.url = url;
    try {
      await setDeploymentStatus(
        { apiUrl: this.host.url, repository: this.run.info.repository, token: this.token },
        this.id,
        {
          state: conclusion === 'success' ? 'success' : 'failure',
          logUrl: this.run.info.htmlUrl,
          environmentUrl: this.url,
        },
      );
    } finally {
      this.host.revokeToken(this.token);
    }
  }
}
