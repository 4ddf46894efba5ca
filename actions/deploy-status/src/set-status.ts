// Writing a deployment status when GitHub's answer can be lost: a status POST is not retried
// blindly (octokit never retries POSTs); after an ambiguous failure the statuses are read back,
// and only when the new one is not there is it sent again.
import {
  isAmbiguous,
  type Deployments,
  type DeploymentStatus,
  type NewDeploymentStatus,
} from '@flowship/github';

const ATTEMPTS = 3;

export interface SetStatusOptions {
  /** The newest status before this one (undefined: none), to tell the new one from it. */
  latestId: number | undefined;
  log: (line: string) => void;
}

export async function setStatus(
  deployments: Deployments,
  id: number,
  status: NewDeploymentStatus,
  opts: SetStatusOptions,
): Promise<DeploymentStatus> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deployments.createStatus(id, status);
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= ATTEMPTS) throw error;
      const [latest] = await deployments.statuses(id);
      if (latest !== undefined && latest.id !== opts.latestId && latest.state === status.state) {
        return latest;
      }
      opts.log(
        `GitHub did not confirm the ${status.state} status of deployment ${id}; sending it again.`,
      );
    }
  }
}
