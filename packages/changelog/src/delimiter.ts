// Multi-line step outputs are written to $GITHUB_OUTPUT as `name<<DELIMITER`, the value, then
// `DELIMITER`. Should the value contain the delimiter, the rest of it would be read as further
// outputs: the delimiter must not occur in the text at all.
import { randomUUID } from 'node:crypto';

export const DELIMITER_PREFIX = 'ghadelimiter_';
const TOKEN = /^[A-Za-z0-9_-]{8,}$/;
const MAX_ATTEMPTS = 100;

/**
 * A delimiter (`ghadelimiter_<random>`) that does not occur in `text`. `random` gives the random
 * part (default: a UUID); tests pass their own source.
 */
export function notesDelimiter(text: string, random: () => string = randomUUID): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const token = random();
    if (!TOKEN.test(token)) {
      throw new TypeError(`random source gave an unusable token: ${JSON.stringify(token)}`);
    }
    const delimiter = `${DELIMITER_PREFIX}${token}`;
    if (!text.includes(delimiter)) return delimiter;
  }
  throw new Error(`no delimiter absent from the text after ${MAX_ATTEMPTS} attempts`);
}
