// Validates events against the CDEvents v0.5.1 JSON schemas in ../shared (outside the project;
// the project never copies them), with Ajv in draft 2020-12 mode and formats checked.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const SPEC_DIR = path.resolve(repoRoot, '..', 'shared', 'cdevents-v0.5.1');

type Ajv = InstanceType<typeof Ajv2020.default>;
type Schema = { $id: string } & Record<string, unknown>;

function readSchema(...parts: string[]): Schema {
  return JSON.parse(readFileSync(path.join(SPEC_DIR, ...parts), 'utf8')) as Schema;
}

/** The schema file of an event type: "dev.cdevents.service.deployed.0.3.0" → servicedeployed.json. */
export function schemaFileOf(type: string): string {
  const [, , subject, predicate] = type.split('.');
  return `${subject}${predicate}.json`;
}

export function readEventSchema(type: string): Schema {
  return readSchema(schemaFileOf(type));
}

function createAjv(): Ajv {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true });
  formatsPlugin.default(ajv, { mode: 'full' });
  for (const file of readdirSync(path.join(SPEC_DIR, 'links'))) {
    ajv.addSchema(readSchema('links', file));
  }
  return ajv;
}

let shared: Ajv | undefined;

/** Schema errors of `event` against the schema its context.type names; [] when valid. */
export function specErrors(event: unknown, type?: string): string[] {
  shared ??= createAjv();
  const eventType = type ?? (event as { context: { type: string } }).context.type;
  const schema = readEventSchema(eventType);
  const validate = shared.getSchema(schema.$id) ?? shared.compile(schema);
  if (validate(event)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
  );
}
