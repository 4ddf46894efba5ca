/**
 * Workflow commands (`::name key=value,…::data`, and the older `##[name key=value;…]data`) in
 * the output of a step, processed the way the runner's ActionCommandManager and ActionCommand do.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice' | 'debug';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: Record<string, string>;
}

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** Every command the runner registers; any other name leaves the line as plain output. */
export const REGISTERED_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

type Mapping = ReadonlyArray<readonly [token: string, escaped: string]>;

// In the runner's order; '%25' comes last, so sequential replacement decodes exactly once.
const DATA_ESCAPES: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_ESCAPES: Mapping = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescape(value: string, mapping: Mapping): string {
  let result = value;
  for (const [token, escaped] of mapping) result = result.replaceAll(escaped, token);
  return result;
}

export function unescapeData(value: string): string {
  return unescape(value, DATA_ESCAPES);
}

export function unescapeProperty(value: string): string {
  return unescape(value, PROPERTY_ESCAPES);
}

function commandName(info: string, registered: ReadonlySet<string>): string | undefined {
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return registered.has(name.toLowerCase()) ? name : undefined;
}

function parseProperties(
  text: string,
  separator: string,
  mapping: Mapping,
): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const entry of text.split(separator)) {
    const equals = entry.indexOf('=');
    if (equals <= 0 || equals === entry.length - 1) continue; // the runner drops `k=` and `=v`
    properties[entry.slice(0, equals)] = unescape(entry.slice(equals + 1), mapping);
  }
  return properties;
}

/** `ActionCommand.TryParseV2`: `::name k=v,k=v::data`, leading whitespace allowed. */
export function parseCommand(
  line: string,
  registered: ReadonlySet<string> = new Set(REGISTERED_COMMANDS),
): ParsedCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const command = commandName(info, registered);
  if (command === undefined) return undefined;
  const space = info.indexOf(' ');
  const properties =
    space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {};
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** `ActionCommand.TryParse`: `##[name k=v;k=v]data` anywhere in the line. */
export function parseLegacyCommand(
  line: string,
  registered: ReadonlySet<string> = new Set(REGISTERED_COMMANDS),
): ParsedCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + 3, end);
  const command = commandName(info, registered);
  if (command === undefined) return undefined;
  const space = info.indexOf(' ');
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : {};
  return { command, properties, data: unescape(line.slice(end + 1), LEGACY_ESCAPES) };
}

const STOP_TOKEN_REFUSED =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another " +
  'workflow command. For more information see: ' +
  'https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ' +
  'or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.';

function commandDisabled(command: string): string {
  return (
    `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt ` +
    'into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment ' +
    'variable to `true`. For more information see: ' +
    'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'
  );
}

/**
 * The command state of one step (the runner creates one ActionCommandManager per step): feed it
 * every output line, stdout and stderr alike, in order.
 */
export class WorkflowCommandProcessor {
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  /** Set when a command failed in a way that makes the runner fail the step. */
  failed = false;
  private readonly registered = new Set(REGISTERED_COMMANDS);
  private stopToken: string | undefined;

  /** True between `::stop-commands::TOKEN` and `::TOKEN::`. */
  get stopped(): boolean {
    return this.stopToken !== undefined;
  }

  processLine(line: string): void {
    if (line === '') return;
    const parsed = parseCommand(line, this.registered) ?? parseLegacyCommand(line, this.registered);
    if (parsed === undefined) return;
    const name = parsed.command.toLowerCase();

    if (this.stopToken !== undefined) {
      if (this.stopToken !== '' && name === this.stopToken.toLowerCase()) {
        this.registered.delete(name);
        this.stopToken = undefined;
      }
      return;
    }

    switch (name) {
      case 'stop-commands': {
        const token = parsed.data;
        const lower = token.toLowerCase();
        if (token === '' || this.registered.has(lower) || lower === 'pause-logging') {
          this.fail(STOP_TOKEN_REFUSED);
          return;
        }
        this.stopToken = token;
        this.registered.add(lower);
        return;
      }
      case 'error':
      case 'warning':
      case 'notice':
      case 'debug':
        this.annotations.push({ level: name, message: parsed.data, properties: parsed.properties });
        return;
      case 'add-mask':
        if (parsed.data.trim() === '') {
          this.warn("Can't add secret mask for empty string in ##[add-mask] command.");
        } else {
          this.masks.push(parsed.data);
        }
        return;
      case 'set-output':
      case 'save-state':
        // Deprecated: the runner still honours them with a warning; here they are refused, so an
        // action that relies on them is caught by its tests.
        this.annotations.push({
          level: 'warning',
          message: `${name} is disabled`,
          properties: parsed.properties,
        });
        return;
      case 'set-env':
      case 'add-path':
        this.fail(commandDisabled(name));
        return;
      default:
        // group, endgroup, echo, add-matcher, remove-matcher: presentation only.
        return;
    }
  }

  warn(message: string): void {
    this.annotations.push({ level: 'warning', message, properties: {} });
  }

  /** Records an error the runner raises itself, which fails the step. */
  fail(message: string): void {
    this.annotations.push({ level: 'error', message, properties: {} });
    this.failed = true;
  }
}
