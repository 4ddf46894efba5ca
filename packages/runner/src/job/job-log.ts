import { parseCommand } from '@flowship/testing';

/** Splits a secret into the values the runner masks: the whole, and each line of a multi-line one. */
function maskValues(secret: string): string[] {
  const values = [secret];
  if (secret.includes('\n'))
    values.push(...secret.split(/\r?\n/).filter((line) => line.trim().length > 0));
  return values.filter((value) => value.length > 0);
}

/**
 * One job's log: every line masked at write time with the secrets and `::add-mask::` values known
 * then (as the runner does), workflow commands rendered the way the log viewer shows them.
 */
export class JobLog {
  private readonly lines: string[] = [];
  private readonly masks = new Set<string>();
  private ordered: string[] = [];

  constructor(private readonly onLine?: (line: string) => void) {}

  addMask(secret: string): void {
    let changed = false;
    for (const value of maskValues(secret)) {
      if (!this.masks.has(value)) {
        this.masks.add(value);
        changed = true;
      }
    }
    if (changed) this.ordered = [...this.masks].sort((a, b) => b.length - a.length);
  }

  mask(text: string): string {
    let result = text;
    for (const value of this.ordered) result = result.split(value).join('***');
    return result;
  }

  /** Contains any masked value (job outputs holding secrets are skipped, as GitHub does). */
  containsSecret(text: string): boolean {
    return this.ordered.some((value) => text.includes(value));
  }

  write(line: string): void {
    const masked = this.mask(line);
    this.lines.push(masked);
    this.onLine?.(masked);
  }

  /** A line of step output: commands are applied or rendered, the rest written as is. */
  output(line: string): void {
    const command = parseCommand(line);
    if (command === undefined) {
      this.write(line);
      return;
    }
    switch (command.command.toLowerCase()) {
      case 'add-mask':
        if (command.data.trim() !== '') this.addMask(command.data);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.write(`##[${command.command.toLowerCase()}]${command.data}`);
        return;
      case 'group':
        this.write(`##[group]${command.data}`);
        return;
      case 'endgroup':
        this.write('##[endgroup]');
        return;
      default:
        return;
    }
  }

  text(): string {
    return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
  }
}
