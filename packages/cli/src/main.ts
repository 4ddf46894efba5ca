import { FlowshipError, isFlowshipError, redact } from '@flowship/errors';
import { releaseCommand } from './commands/release.js';
import { sandboxCommand } from './commands/sandbox.js';
import { versionCommand } from './commands/version.js';
import { MAIN_HELP } from './help.js';
import { processIo, type CliIo } from './io.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  version: versionCommand,
  release: releaseCommand,
  sandbox: sandboxCommand,
};

/** Runs the CLI and returns its exit status; expected failures print code, message and fix. */
export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) {
      throw new FlowshipError('FLOWSHIP_USAGE', { detail: `Unknown command "${name}".` });
    }
    return await command(rest, io);
  } catch (error) {
    if (isFlowshipError(error)) {
      io.stderr(`flowship: ${redact(error.describe())}\n`);
      return 1;
    }
    io.stderr(
      `flowship: unexpected failure: ${redact(String((error as Error)?.stack ?? error))}\n`,
    );
    return 1;
  }
}
