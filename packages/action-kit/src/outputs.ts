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

/** An annotation; @actions/core escapes the text and title, so neither can end the command. */
export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  title?: string,
): void {
  const properties = title === undefined ? {} : { title };
  if (level === 'error') core.error(message, properties);
  else if (level === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
}

/** A log line of flowship's own making (text from commits or servers goes to logUntrusted). */
export function logInfo(text: string): void {
  core.info(text);
}
