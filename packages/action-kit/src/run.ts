import * as core from '@actions/core';
import { isFlowshipError, redact } from '@flowship/errors';

/**
 * Runs an action's body: an expected failure becomes one `::error` annotation titled with its
 * code, whose text says what was wrong and the fix; anything else is reported as a bug. Secrets
 * never reach the log: tokens are masked and redacted.
 */
export async function runAction(
  body: () => Promise<void>,
  secrets: readonly string[] = [],
): Promise<void> {
  for (const secret of secrets) if (secret) core.setSecret(secret);
  try {
    await body();
  } catch (error) {
    if (isFlowshipError(error)) {
      core.error(redact(`${error.message}\nFix: ${error.fix}`, secrets), { title: error.code });
      core.setFailed(redact(`${error.code}: ${error.message}`, secrets));
    } else {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      core.setFailed(redact(`flowship: unexpected failure (please report it): ${text}`, secrets));
    }
  }
}
