import { FlowshipError } from '@flowship/errors';
import type { EnvironmentsReader } from './ports.js';

/**
 * The environment as GitHub names it. One that does not exist stops everything before any
 * write, with the names that do exist (a typo is the usual cause).
 */
export async function requireEnvironment(
  name: string,
  environments: EnvironmentsReader,
): Promise<string> {
  const found = await environments.get(name);
  if (found !== undefined) return found.name;
  const existing = await environments.names();
  throw new FlowshipError('FLOWSHIP_ROLLBACK', {
    environment: name,
    detail:
      existing.length === 0
        ? 'the repository has no environments'
        : `no such environment; the repository has ${existing.map((e) => `"${e}"`).join(', ')}`,
    fix: 'Pass the name of the environment the deployment went to as `environment`.',
  });
}
