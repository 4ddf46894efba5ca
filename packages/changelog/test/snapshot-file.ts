// Rendered notes as a snapshot file. The repository's prettier formats Markdown (it would turn the
// presets' `*` bullets into `-`); the ignore range keeps it off the notes, byte for byte.
export function snapshotFile(markdown: string): string {
  return `<!-- prettier-ignore-start -->\n${markdown}<!-- prettier-ignore-end -->\n`;
}
