/**
 * Parsers for the files behind GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and GITHUB_PATH, following
 * the Linux runner (`FileCommandManager.cs`, `EnvFileKeyValuePairs`).
 */

export interface KeyValueFile {
  /** Every pair read, in order, up to the first error (the runner applies those too). */
  pairs: Array<[name: string, value: string]>;
  /** The runner's message for the first malformed entry, which fails the step. */
  error: string | undefined;
}

/**
 * Parses `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. Lines end at LF only
 * (a CR stays part of the line, as on the Linux runner); blank lines are skipped; a heredoc
 * value is the exact text between the opening line and the delimiter line, without the newline
 * before the delimiter.
 */
export function parseKeyValueFile(content: string): KeyValueFile {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const pairs: KeyValueFile['pairs'] = [];
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | null => {
    if (index >= text.length) return null;
    const start = index;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: false };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: true };
  };

  try {
    for (let next = readLine(); next !== null; next = readLine()) {
      const line = next.line;
      if (line === '') continue;
      const equals = line.indexOf('=');
      const heredoc = line.indexOf('<<');
      if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
        // The runner checks the whole line, not the name, so `=value` sets the name ''.
        pairs.push([line.slice(0, equals), line.slice(equals + 1)]);
      } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
        const name = line.slice(0, heredoc);
        const delimiter = line.slice(heredoc + 2);
        if (name === '' || delimiter === '') {
          throw new Error(
            `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
          );
        }
        const start = index;
        let end = index;
        let valueLine = readLine();
        while (valueLine?.line !== delimiter) {
          if (valueLine === null) {
            throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
          }
          if (!valueLine.newline) throw new Error('Invalid value. EOF marker missing new line.');
          end = index - 1;
          valueLine = readLine();
        }
        pairs.push([name, end > start ? text.slice(start, end) : '']);
      } else {
        throw new Error(`Invalid format '${line}'`);
      }
    }
  } catch (error) {
    return { pairs, error: (error as Error).message };
  }
  return { pairs, error: undefined };
}

/**
 * Parses GITHUB_PATH: one directory a line (CRLF, CR or LF), blank lines skipped. A directory
 * added again moves to the end, the position of highest precedence.
 */
export function parsePathFile(content: string, existing: readonly string[] = []): string[] {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const result = [...existing];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const at = result.indexOf(line);
    if (at >= 0) result.splice(at, 1);
    result.push(line);
  }
  return result;
}

/** The runner's limit for one step's GITHUB_STEP_SUMMARY. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export function stepSummaryTooLarge(bytes: number): string {
  return (
    `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ` +
    `${STEP_SUMMARY_LIMIT / 1024}k, got ${Math.floor(bytes / 1024)}k. For more information see: ` +
    `https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`
  );
}
