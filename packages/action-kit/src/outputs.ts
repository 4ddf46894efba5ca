import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/** Writes every output (as strings; the runner has no other type) through GITHUB_OUTPUT. */
export function setOutputs(outputs: Record<string, string | number | boolean | null>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, value === null ? '' : String(value));
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/**
 * Logs text that may hold untrusted commit text. Between `::stop-commands::<token>` and
 * `::<token>::` the runner executes no workflow command, so a commit subject such as
 * `::set-output name=x::y` or `::add-mask::` is shown, never obeyed.
 */
export function logUntrusted(text: string): void {
  const token = `flowship-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

/**
 * An expected negative outcome (a verdict, not a bug): one `::error` (or `::warning`) annotation
 * and, for errors, a failed step. @actions/core escapes the text, so it cannot end the command.
 */
export function reportOutcome(level: 'error' | 'warning', message: string): void {
  if (level === 'error') core.setFailed(message);
  else core.warning(message);
}
