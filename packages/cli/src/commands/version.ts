import { computeVersion, jsonChunks, toText, type VersionRequest } from '@flowship/engine';
import { FlowshipError } from '@flowship/errors';
import { VERSION_HELP } from '../help.js';
import { HELP_FLAG, parseFlags } from '../args.js';
import type { CliIo } from '../io.js';

const PRESETS = ['conventionalcommits', 'angular'] as const;

function parse(argv: string[]): { help: boolean; json: boolean; request: VersionRequest } {
  const values = parseFlags(argv, {
    json: { type: 'boolean' },
    cwd: { type: 'string' },
    to: { type: 'string' },
    branch: { type: 'string' },
    path: { type: 'string' },
    'tag-prefix': { type: 'string' },
    preset: { type: 'string' },
    'initial-version': { type: 'string' },
    config: { type: 'string' },
    unshallow: { type: 'boolean' },
    ...HELP_FLAG,
  });
  const preset = values.preset;
  if (preset !== undefined && !(PRESETS as readonly string[]).includes(preset)) {
    throw new FlowshipError('FLOWSHIP_USAGE', {
      detail: `--preset must be one of ${PRESETS.join(', ')}, not "${preset}".`,
    });
  }
  const request: VersionRequest = {
    cwd: values.cwd ?? process.cwd(),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(values.branch !== undefined ? { branch: values.branch } : {}),
    ...(values.path !== undefined ? { path: values.path } : {}),
    ...(values['tag-prefix'] !== undefined ? { tagPrefix: values['tag-prefix'] } : {}),
    ...(preset !== undefined ? { preset: preset as (typeof PRESETS)[number] } : {}),
    ...(values['initial-version'] !== undefined
      ? { initialVersion: values['initial-version'] }
      : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(values.unshallow ? { unshallow: true } : {}),
  };
  return { help: values.help === true, json: values.json === true, request };
}

export async function versionCommand(argv: string[], io: CliIo): Promise<number> {
  const { help, json, request } = parse(argv);
  if (help) {
    io.stdout(VERSION_HELP);
    return 0;
  }
  const result = await computeVersion(request);
  if (json) {
    for (const chunk of jsonChunks(result)) io.stdout(chunk);
    io.stdout('\n');
  } else io.stdout(`${toText(result)}\n`);
  return 0;
}
