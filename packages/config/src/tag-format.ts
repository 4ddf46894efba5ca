// Tag formats: semantic-release style templates with exactly one `${version}` placeholder.

import { invalid } from './invalid.js';

export const VERSION_PLACEHOLDER = '${version}';

/** semver.org's regular expression, unanchored so it can sit inside a tag pattern. */
const SEMVER_BODY =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)' +
  '(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
  '(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';

/** A whole semantic version (shared, verbatim, with the JSON Schema). */
export const SEMVER_PATTERN = `^${SEMVER_BODY}$`;
const SEMVER = new RegExp(SEMVER_PATTERN);

/** A strict semantic version: `1.2.3`, `1.0.0-rc.1`; never `v1.2.3` or `1.2`. */
export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

/**
 * The characters a tag prefix or suffix may hold: anything git accepts in a ref name except `$`
 * (so the only template expression is the placeholder). Shared, verbatim, with the JSON Schema.
 */
const LITERAL = '(?![-/.])(?!.*\\.\\.)(?!.*@\\{)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\$]*';

/** `tagPrefix` in .flowship.json (also used by the schema). */
export const TAG_PREFIX_PATTERN = `^${LITERAL}$`;

/** `tagFormat` in .flowship.json (also used by the schema). */
export const TAG_FORMAT_PATTERN = `^${LITERAL}\\$\\{version\\}[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\$]*$`;

const TAG_PREFIX = new RegExp(TAG_PREFIX_PATTERN);
const TAG_FORMAT = new RegExp(TAG_FORMAT_PATTERN);

export function isTagPrefix(value: string): boolean {
  return TAG_PREFIX.test(value);
}

/**
 * Why a tag format cannot be used, or null when it can: exactly one `${version}`, no other
 * template expression, and nothing around it that git refuses in a tag name.
 */
export function tagFormatProblem(format: string): string | null {
  const count = format.split(VERSION_PLACEHOLDER).length - 1;
  if (count !== 1) {
    return `must contain ${VERSION_PLACEHOLDER} exactly once, got ${JSON.stringify(format)}`;
  }
  if (format.replace(VERSION_PLACEHOLDER, '').includes('${')) {
    return `only the ${VERSION_PLACEHOLDER} placeholder is supported, got ${JSON.stringify(format)}`;
  }
  if (!TAG_FORMAT.test(format)) {
    return `${JSON.stringify(format)} would not give a valid git tag name (no spaces, ~ ^ : ? * [ \\ $, "..", "@{", or a leading - / .)`;
  }
  return null;
}

function split(format: string): [string, string] {
  const index = format.indexOf(VERSION_PLACEHOLDER);
  if (index === -1 || format.indexOf(VERSION_PLACEHOLDER, index + 1) !== -1) {
    throw invalid(
      'tag format',
      `must contain ${VERSION_PLACEHOLDER} exactly once, got ${JSON.stringify(format)}`,
    );
  }
  return [format.slice(0, index), format.slice(index + VERSION_PLACEHOLDER.length)];
}

/** `formatTag('v${version}', '1.2.3')` → `v1.2.3`. */
export function formatTag(tagFormat: string, version: string): string {
  const [prefix, suffix] = split(tagFormat);
  return `${prefix}${version}${suffix}`;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A matcher for tags made with `tagFormat`: the version when `tag` is exactly the format with a
 * strict semantic version in place of the placeholder, otherwise null.
 */
export function tagMatcher(tagFormat: string): (tag: string) => string | null {
  const [prefix, suffix] = split(tagFormat);
  const pattern = new RegExp(`^${escape(prefix)}(${SEMVER_BODY})${escape(suffix)}$`);
  return (tag) => pattern.exec(tag)?.[1] ?? null;
}

/** `prefix` + `${version}`, validated. */
export function prefixFormat(file: string, field: string, prefix: string): string {
  if (!isTagPrefix(prefix)) {
    throw invalid(
      file,
      `${field}: ${JSON.stringify(prefix)} would not give a valid git tag name (no spaces, ~ ^ : ? * [ \\ $, "..", "@{", or a leading - / .)`,
    );
  }
  return `${prefix}${VERSION_PLACEHOLDER}`;
}

/** Throws FLOWSHIP_CONFIG_INVALID when `format` is not a usable tag format. */
export function checkTagFormat(file: string, field: string, format: string): string {
  const problem = tagFormatProblem(format);
  if (problem) throw invalid(file, `${field}: ${problem}`);
  return format;
}
