/**
 * GitHub's filter pattern syntax for branches, tags and paths: `*` any characters but `/`,
 * `**` any characters, `?` zero or one of the preceding character, `+` one or more of it,
 * `[...]` one character of a set or range, a leading `!` negating a pattern in a list.
 */
export function filterPatternRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '*') {
      if (pattern[i + 1] === '*' && pattern[i + 2] === '/') {
        // `**/` also matches no directory at all: `**/README.md` matches `README.md`.
        source += '(?:.*/)?';
        i += 2;
      } else if (pattern[i + 1] === '*') {
        source += '.*';
        i += 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?' || char === '+') {
      source += char;
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        source += '\\[';
      } else {
        source += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (char === '\\' && i + 1 < pattern.length) {
      source += `\\${pattern[i + 1] ?? ''}`;
      i += 1;
    } else {
      source += char.replace(/[.^$|(){}\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether `value` is selected by an ordered pattern list: the last pattern that matches
 * decides (`!pattern` deselects); nothing matching means not selected.
 */
export function matchesPatternList(patterns: readonly string[], value: string): boolean {
  let selected = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (filterPatternRegExp(negated ? pattern.slice(1) : pattern).test(value)) selected = !negated;
  }
  return selected;
}
