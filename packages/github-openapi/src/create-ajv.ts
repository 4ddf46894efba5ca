import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; Node's ESM loader hands over `module.exports`,
// whose `default` is the plugin again, which is also what TypeScript sees.
const addFormats = formatsPlugin.default;

/**
 * Ajv for GitHub's description: OpenAPI keywords Ajv does not know (discriminator, readOnly,
 * x-*) are ignored, formats are checked in ajv-formats' full mode, and all errors are reported.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    // The registered document is OpenAPI, not a JSON Schema: nothing to meta-validate.
    validateSchema: false,
    // Compile speed over validation speed: referenced components are compiled once and shared
    // instead of inlined into every operation, and generated code is not optimised. Compiling
    // every schema of the subset takes about half the time this way.
    inlineRefs: false,
    code: { optimize: false },
  });
  addFormats(ajv, { mode: 'full', keywords: false });
  // GitHub returns "" for unset URLs documented as `format: uri` (a deployment status's
  // target_url, log_url and environment_url), so the empty string counts as a valid uri.
  const uri = ajv.formats.uri;
  if (typeof uri !== 'function')
    throw new Error('ajv-formats no longer defines "uri" as a function');
  ajv.addFormat('uri', (value: string) => value === '' || uri(value));
  // GitHub's own format for "owner/name" (pulls/create head_repo).
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  return ajv;
}
