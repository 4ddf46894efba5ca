// One way to read a command's flags: strict, no positionals, and GitHub-style usage errors.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { FlowshipError } from '@flowship/errors';

type Parsed<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; strict: true; allowPositionals: false; options: T }>
>['values'];

/** The flags of `argv` by `options`; an unknown flag or a missing value is FLOWSHIP_USAGE. */
export function parseFlags<T extends ParseArgsOptionsConfig>(
  argv: string[],
  options: T,
): Parsed<T> {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new FlowshipError('FLOWSHIP_USAGE', { detail: (error as Error).message });
  }
}

/** `--help` / `-h`, which every command takes. */
export const HELP_FLAG = { help: { type: 'boolean', short: 'h' } } as const;
