import { SANDBOX_HELP } from '../help.js';
import { HELP_FLAG, parseFlags } from '../args.js';
import type { CliIo } from '../io.js';

/**
 * `flowship sandbox`: the whole pipeline against an embedded GitHub emulator. Loaded on demand,
 * so `flowship version` never pays for the emulator and the workflow parser.
 */
export async function sandboxCommand(argv: string[], io: CliIo): Promise<number> {
  const values = parseFlags(argv, {
    json: { type: 'boolean' },
    keep: { type: 'boolean' },
    ...HELP_FLAG,
  });
  if (values.help === true) {
    io.stdout(SANDBOX_HELP);
    return 0;
  }
  const { runSandbox, renderText, stepLine } = await import('@flowship/sandbox');
  const json = values.json === true;
  if (!json) io.stdout('flowship sandbox: the release pipeline against an embedded GitHub\n\n');
  const report = await runSandbox({
    keep: values.keep === true,
    ...(json ? {} : { onStep: (step) => io.stdout(`  ${stepLine(step)}\n`) }),
    ...(json ? {} : { onLog: (line) => io.stdout(`      ${line}\n`) }),
  });
  io.stdout(json ? `${JSON.stringify(report)}\n` : `\n${renderText(report, { steps: false })}`);
  return report.steps.every((step) => step.ok) ? 0 : 1;
}
