import type { OpenApiDocument, ReferenceObject } from './openapi-document.js';

/** RFC 6901 pointer (`/a/b~1c`) from raw segments. */
export function pointerFrom(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function segmentsOf(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface Located<T> {
  value: T;
  /** Where `value` sits in the document, after following any `$ref`. */
  pointer: string;
}

const isReference = (node: unknown): node is ReferenceObject =>
  typeof node === 'object' && node !== null && typeof (node as ReferenceObject).$ref === 'string';

/** Follows local `$ref`s (`#/components/...`) until a concrete object, keeping its pointer. */
export function resolveLocal<T>(
  document: OpenApiDocument,
  node: T | ReferenceObject,
  pointer: string,
): Located<T> {
  let current: unknown = node;
  let at = pointer;
  for (let hops = 0; isReference(current); hops += 1) {
    const ref = current.$ref;
    if (!ref.startsWith('#/') || hops > 16) throw new Error(`Unsupported $ref ${ref} at ${at}`);
    at = ref.slice(1);
    current = segmentsOf(at).reduce<unknown>(
      (parent, segment) => (parent as Record<string, unknown> | undefined)?.[segment],
      document,
    );
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return { value: current as T, pointer: at };
}
