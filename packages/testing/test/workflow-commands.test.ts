import { describe, expect, it } from 'vitest';
import { WorkflowCommandProcessor, parseCommand, parseLegacyCommand } from '../src/index.js';

function run(lines: string[]): WorkflowCommandProcessor {
  const processor = new WorkflowCommandProcessor();
  for (const line of lines) processor.processLine(line);
  return processor;
}

describe('parseCommand', () => {
  it('unescapes data (%25 %0D %0A) and properties (also %3A %2C), each exactly once', () => {
    expect(
      parseCommand('::error file=a%2Cb%3Ac.ts,line=1,title=50%25%0Ax::data %250A %0D%0A 100%'),
    ).toEqual({
      command: 'error',
      properties: { file: 'a,b:c.ts', line: '1', title: '50%\nx' },
      data: 'data %0A \r\n 100%',
    });
  });

  it('keeps ":" and "," in data and allows leading whitespace', () => {
    expect(parseCommand('   ::warning::a:b,c::d')).toEqual({
      command: 'warning',
      properties: {},
      data: 'a:b,c::d',
    });
  });

  it('ignores unknown commands, lines without a second ::, and properties without a value', () => {
    expect(parseCommand('::frobnicate::x')).toBeUndefined();
    expect(parseCommand('::error')).toBeUndefined();
    expect(parseCommand('text ::error::x')).toBeUndefined();
    expect(parseCommand('::error file=,line=2,=x::m')?.properties).toEqual({ line: '2' });
  });

  it('matches command names case-insensitively', () => {
    expect(parseCommand('::ERROR::x')?.command).toBe('ERROR');
  });
});

describe('parseLegacyCommand', () => {
  it('parses ##[name k=v;k=v]data anywhere in the line', () => {
    expect(parseLegacyCommand('prefix ##[warning file=a%3Bb;line=2]msg%5D')).toEqual({
      command: 'warning',
      properties: { file: 'a;b', line: '2' },
      data: 'msg]',
    });
    expect(parseLegacyCommand('##[section]Starting')).toBeUndefined();
  });
});

describe('WorkflowCommandProcessor', () => {
  it('records annotations and masks, and refuses set-output, save-state, set-env, add-path', () => {
    const p = run([
      '::notice title=T::n',
      '::debug::d',
      '::add-mask::secret',
      '::add-mask::   ',
      '::set-output name=x::y',
      '::save-state name=s::v',
      '::group::g',
      '::endgroup::',
    ]);
    expect(p.annotations).toEqual([
      { level: 'notice', message: 'n', properties: { title: 'T' } },
      { level: 'debug', message: 'd', properties: {} },
      {
        level: 'warning',
        message: "Can't add secret mask for empty string in ##[add-mask] command.",
        properties: {},
      },
      { level: 'warning', message: 'set-output is disabled', properties: { name: 'x' } },
      { level: 'warning', message: 'save-state is disabled', properties: { name: 's' } },
    ]);
    expect(p.masks).toEqual(['secret']);
    expect(p.failed).toBe(false);

    const insecure = run(['::set-env name=A::b']);
    expect(insecure.failed).toBe(true);
    expect(insecure.annotations[0]?.message).toMatch(/The `set-env` command is disabled/);
  });

  it('processes no command between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const p = run([
      '::stop-commands::tok123',
      '::error::hidden',
      '::add-mask::hidden',
      '##[error]hidden too',
      '::TOK123::',
      '::error::shown',
    ]);
    expect(p.annotations).toEqual([{ level: 'error', message: 'shown', properties: {} }]);
    expect(p.masks).toEqual([]);
    expect(p.stopped).toBe(false);
  });

  it('refuses empty, reserved and command-name stop tokens (the step fails, commands go on)', () => {
    for (const token of ['', 'pause-logging', 'error']) {
      const p = run([`::stop-commands::${token}`, '::warning::still processed']);
      expect(p.failed).toBe(true);
      expect(p.stopped).toBe(false);
      expect(p.annotations.map((a) => a.level)).toEqual(['error', 'warning']);
    }
  });
});
