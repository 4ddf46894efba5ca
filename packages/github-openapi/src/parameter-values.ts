import type { SchemaObject } from './openapi-document.js';

/** The JSON types a parameter schema admits, looking one level into oneOf/anyOf. */
function admittedTypes(schema: SchemaObject | undefined): Set<string> {
  const types = new Set<string>();
  if (!schema) return types;
  if (typeof schema.type === 'string') types.add(schema.type);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches as SchemaObject[]) {
      if (typeof branch.type === 'string') types.add(branch.type);
    }
  }
  return types;
}

/**
 * Turns a parameter's string from the URL into the JSON value its schema describes: `"30"` for an
 * integer becomes 30, `"true"` for a boolean becomes true, a comma list for an array becomes an
 * array. Strings that do not fit stay strings, so the schema check reports them.
 */
export function coerceParameterValue(raw: string, schema: SchemaObject | undefined): unknown {
  const types = admittedTypes(schema);
  if (types.has('array')) {
    const items = schema?.items as SchemaObject | undefined;
    return raw === '' ? [] : raw.split(',').map((item) => coerceParameterValue(item, items));
  }
  if (types.has('integer') && /^-?\d+$/.test(raw)) return Number(raw);
  if (types.has('number') && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
