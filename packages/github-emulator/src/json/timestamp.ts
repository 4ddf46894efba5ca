/** A moment as GitHub writes timestamps: ISO 8601 in UTC, without milliseconds. */
export function githubTimestamp(moment: Date | number | string): string {
  return new Date(moment).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
