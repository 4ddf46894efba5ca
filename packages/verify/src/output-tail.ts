// The last bytes a command wrote, bounded however much it writes.

export const OUTPUT_TAIL_BYTES = 4096;

export class OutputTail {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;

  constructor(private readonly limit = OUTPUT_TAIL_BYTES) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size > this.limit * 2) this.compact();
  }

  /** The kept output as text; `…` marks that earlier output was dropped. */
  text(): string {
    this.compact();
    // A cut through a multi-byte character decodes to U+FFFD at the start; drop it.
    const text = new TextDecoder().decode(Buffer.concat(this.chunks)).replace(/^\uFFFD+/, '');
    return this.dropped ? `…${text}` : text;
  }

  private compact(): void {
    if (this.size <= this.limit) return;
    const all = Buffer.concat(this.chunks);
    this.chunks = [all.subarray(all.length - this.limit)];
    this.size = this.limit;
    this.dropped = true;
  }
}
