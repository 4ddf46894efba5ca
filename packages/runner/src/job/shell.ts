/** How a `run:` script is started: the program, its arguments (`{0}` = the script file), the file's extension. */
export interface ShellCommand {
  file: string;
  args: string[];
  extension: string;
}

/**
 * The runner's shells on Linux: no `shell:` → `bash -e {0}`; `bash` → `bash --noprofile --norc
 * -eo pipefail {0}`; `sh` → `sh -e {0}`; `python` → `python {0}`; anything else with `{0}` is a
 * custom command line. A string explains what is wrong.
 */
export function resolveShell(shell: string | undefined): ShellCommand | string {
  const name = shell?.trim() ?? '';
  switch (name) {
    case '':
      return { file: 'bash', args: ['-e', '{0}'], extension: '.sh' };
    case 'bash':
      return {
        file: 'bash',
        args: ['--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
        extension: '.sh',
      };
    case 'sh':
      return { file: 'sh', args: ['-e', '{0}'], extension: '.sh' };
    case 'python':
      return { file: 'python3', args: ['{0}'], extension: '.py' };
    case 'pwsh':
    case 'powershell':
    case 'cmd':
      return `shell '${name}' is not available on the flowship executor's Linux runner`;
    default: {
      if (!name.includes('{0}')) {
        return `shell '${name}' is not a known shell, and a custom shell must contain {0} (the script file)`;
      }
      const [file = '', ...args] = name.split(/\s+/);
      return { file, args, extension: file.includes('python') ? '.py' : '.sh' };
    }
  }
}

/** The arguments with `{0}` replaced by the script file. */
export function shellArguments(command: ShellCommand, script: string): string[] {
  return command.args.map((arg) => arg.replaceAll('{0}', script));
}
