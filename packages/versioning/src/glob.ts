// The glob subset release rules and branch names use (micromatch semantics for these forms):
// `*` (not across `/`), `**`, `?`, `{a,b}`. Anything else is literal.

const cache = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((alt) => toRegExp(alt).source.slice(1, -1))
          .join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function globMatch(value: string, glob: string): boolean {
  if (!/[*?{]/.test(glob)) return value === glob;
  let re = cache.get(glob);
  if (!re) {
    re = toRegExp(glob);
    cache.set(glob, re);
  }
  return re.test(value);
}
