// What "inert" means for text the renderer outputs, checked line by line: the checks of the
// sanitiser test and the hostile-render test.
import { parseCommand, parseLegacyCommand } from '@flowship/testing';

export interface Violation {
  line: number;
  rule: string;
  text: string;
}

const RULES: readonly { rule: string; test: (line: string) => boolean }[] = [
  // The runner trims leading white space, then looks for `::` (TryParseV2) and `##[` (TryParse).
  { rule: 'line starts with ::', test: (line) => line.trimStart().startsWith('::') },
  { rule: '##[ in line', test: (line) => line.includes('##[') },
  {
    rule: 'workflow command',
    test: (line) => parseCommand(line) !== undefined || parseLegacyCommand(line) !== undefined,
  },
  { rule: 'raw < or >', test: (line) => /[<>]/.test(line) },
  { rule: 'mention', test: (line) => /@[\p{L}\p{N}_]/u.test(line) },
  {
    rule: 'control or invisible character',
    test: (line) =>
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029\r]/.test(
        line,
      ),
  },
  // Our zero-width space only ever follows `@`, `#` or `GH-`.
  { rule: 'stray zero-width space', test: (line) => /(?<!@|#|GH-)\u200b/i.test(line) },
];

export function violations(text: string): Violation[] {
  const found: Violation[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { rule, test } of RULES) {
      if (test(line)) found.push({ line: index + 1, rule, text: line });
    }
  });
  return found;
}
