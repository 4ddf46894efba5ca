// A small JSON Schema (draft 2020-12) evaluator for the keywords schema/flowship.schema.json uses.
// It refuses any other keyword, so the schema cannot grow past what this test checks. (No
// validator for draft 2020-12 is installed: the only ajv in node_modules is eslint's v6.)

type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default']);
const KEYWORDS = new Set([
  ...ANNOTATIONS,
  '$defs',
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'oneOf',
  'not',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `value` is valid against `root`. Throws on a keyword it does not implement. */
export function validates(root: Schema, value: unknown): boolean {
  function resolve(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) {
      node = (node as Record<string, unknown>)[part];
      if (node === undefined) throw new Error(`dangling $ref ${ref}`);
    }
    return node as Schema;
  }

  function check(schema: Schema, value: unknown): boolean {
    if (typeof schema === 'boolean') return schema;
    for (const keyword of Object.keys(schema)) {
      if (!KEYWORDS.has(keyword)) throw new Error(`keyword ${keyword} is not implemented`);
    }
    const s = schema as Record<string, unknown>;
    if (typeof s.$ref === 'string' && !check(resolve(s.$ref), value)) return false;
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      const actual = typeOf(value);
      if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) {
        return false;
      }
    }
    if (Array.isArray(s.enum) && !s.enum.some((option) => equal(option, value))) return false;
    if ('const' in s && !equal(s.const, value)) return false;
    if (typeof value === 'string') {
      if (typeof s.minLength === 'number' && [...value].length < s.minLength) return false;
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return false;
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
      if (s.items !== undefined && !value.every((item) => check(s.items as Schema, item))) {
        return false;
      }
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      if (Array.isArray(s.required) && !s.required.every((key: string) => key in object)) {
        return false;
      }
      for (const [key, item] of Object.entries(object)) {
        const sub = properties[key] ?? (s.additionalProperties as Schema | undefined) ?? true;
        if (!check(sub, item)) return false;
      }
    }
    if (Array.isArray(s.oneOf)) {
      if (s.oneOf.filter((sub: Schema) => check(sub, value)).length !== 1) return false;
    }
    if (s.not !== undefined && check(s.not as Schema, value)) return false;
    return true;
  }

  return check(root, value);
}
