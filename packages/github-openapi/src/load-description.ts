import { readFileSync } from 'node:fs';
import type { OpenApiDocument } from './openapi-document.js';

// `generated/` is a sibling of both `src/` and `lib/`, so the same relative URL works from either.
const SUBSET_URL = new URL('../generated/api.github.com.subset.json', import.meta.url);

/** Reads the committed subset of GitHub's REST description (scripts/gen-openapi-subset.mjs). */
export function loadDescription(): OpenApiDocument {
  return JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as OpenApiDocument;
}
