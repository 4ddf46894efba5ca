// Writes packages/github-openapi/generated/api.github.com.subset.json: the part of GitHub's
// published OpenAPI description (@octokit/openapi) that the emulator serves. It keeps the
// operations listed in packages/github-openapi/operations.json (other methods of a kept path are
// dropped) and every component they reach through `$ref`, minus documentation (descriptions,
// examples, x-github metadata). Output is deterministic (keys sorted) so it can be committed.
//
//   node scripts/gen-openapi-subset.mjs          regenerate the committed file
//   node scripts/gen-openapi-subset.mjs --check  exit 1 if the committed file is stale
//   --out <file>                                 write/check another file (tests use this)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

const SOURCE_PACKAGE = '@octokit/openapi';
const sourceDir = path.join(root, 'node_modules', SOURCE_PACKAGE);
const packageDir = path.join(root, 'packages', 'github-openapi');
const operationsFile = path.join(packageDir, 'operations.json');
const outIndex = process.argv.indexOf('--out');
const outArgument = outIndex === -1 ? undefined : process.argv[outIndex + 1];
if (outIndex !== -1 && !outArgument) {
  process.stderr.write('--out needs a file path\n');
  process.exit(2);
}
const outputFile = outArgument
  ? path.resolve(outArgument)
  : path.join(packageDir, 'generated', 'api.github.com.subset.json');

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Documentation-only keywords; dropped wherever they stand as keywords (never as names of
// properties, parameters, headers, media types or status codes).
const DOC_KEYWORDS = new Set(['description', 'example', 'examples', 'externalDocs']);
// x-multi-segment marks path parameters that may contain `/` (e.g. a ref); matching needs it.
const KEPT_X = new Set(['x-multi-segment']);
const keepsKey = (key) => !DOC_KEYWORDS.has(key) && !(key.startsWith('x-') && !KEPT_X.has(key));

// Objects whose keys are names chosen by the description's authors, not keywords.
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  'responses',
  'content',
  'headers',
  'mapping',
  'encoding',
  'links',
  'callbacks',
  'variables',
]);

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function readOperationIds() {
  const ids = readJson(operationsFile);
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw new Error(`${operationsFile} must be a JSON array of operationId strings`);
  }
  const sorted = [...new Set(ids)].sort();
  if (sorted.length !== ids.length || sorted.some((id, i) => id !== ids[i])) {
    throw new Error(`${operationsFile} must be sorted and free of duplicates`);
  }
  return ids;
}

/** Copies a node without documentation keywords; `inNameMap` keeps every key of a name map. */
function strip(node, inNameMap = false) {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inNameMap && !keepsKey(key)) continue;
    copy[key] = strip(value, !inNameMap && NAME_MAPS.has(key));
  }
  return copy;
}

/** Every local `$ref` target (`#/components/<kind>/<name>`) found in a stripped node. */
function collectRefs(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
  return into;
}

function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, found ${ref}`);
  const parts = ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = doc;
  for (const part of parts) node = node?.[part];
  if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return { parts, node };
}

function setAt(target, parts, value) {
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] ??= {};
  node[parts.at(-1)] = value;
}

function selectPaths(full, wanted) {
  const paths = {};
  const found = new Set();
  for (const [template, item] of Object.entries(full.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || !wanted.has(operation.operationId)) continue;
      found.add(operation.operationId);
      paths[template] ??= item.parameters ? { parameters: strip(item.parameters) } : {};
      paths[template][method] = strip(operation);
    }
  }
  const missing = [...wanted].filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new Error(`operationIds not in the description: ${missing.join(', ')}`);
  }
  return paths;
}

function buildSubset() {
  const full = readJson(path.join(sourceDir, 'generated', 'api.github.com.json'));
  const { version } = readJson(path.join(sourceDir, 'package.json'));
  const subset = {
    openapi: full.openapi,
    info: { title: full.info.title, version: full.info.version },
    servers: full.servers,
    'x-flowship-source': { package: SOURCE_PACKAGE, version },
    paths: selectPaths(full, new Set(readOperationIds())),
    components: {},
  };
  // Breadth-first over $refs: each component is copied once, then its own refs are followed.
  const pending = [...collectRefs(subset.paths, new Set())];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const ref = pending.shift();
    const { parts, node } = resolvePointer(full, ref);
    const copy = strip(node);
    setAt(subset, parts, copy);
    for (const next of collectRefs(copy, new Set())) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return subset;
}

function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.keys(node)
      .sort()
      .map((key) => [key, sortKeys(node[key])]),
  );
}

/** 2-space JSON, except that arrays of scalars (enum, required, type) stay on one line. */
function serialize(node, indent = '') {
  if (node === null || typeof node !== 'object') return JSON.stringify(node);
  const inner = `${indent}  `;
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    if (node.every((item) => item === null || typeof item !== 'object')) {
      return `[${node.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    return `[\n${node.map((item) => inner + serialize(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(node);
  if (entries.length === 0) return '{}';
  const body = entries.map(
    ([key, value]) => `${inner}${JSON.stringify(key)}: ${serialize(value, inner)}`,
  );
  return `{\n${body.join(',\n')}\n${indent}}`;
}

const text = `${serialize(sortKeys(buildSubset()))}\n`;
const relative = path.relative(root, outputFile);

if (process.argv.includes('--check')) {
  let committed;
  try {
    committed = readFileSync(outputFile, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed !== text) {
    process.stderr.write(
      `${relative} is out of date with ${SOURCE_PACKAGE} and operations.json; ` +
        'run node scripts/gen-openapi-subset.mjs\n',
    );
    process.exit(1);
  }
  process.stdout.write(`${relative} is up to date\n`);
} else {
  mkdirSync(path.dirname(outputFile), { recursive: true });
  writeFileSync(outputFile, text);
  process.stdout.write(`wrote ${relative} (${Math.round(text.length / 1024)} KiB)\n`);
}
