import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines the way .NET's StreamReader.ReadLine does (the runner reads
 * step output with it): a line ends at CRLF, CR or LF; a final unterminated line counts too.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** Everything decoded so far. */
  text = '';

  constructor(private readonly emit: (line: string) => void) {}

  write(chunk: Buffer): void {
    this.split(this.decoder.write(chunk), false);
  }

  end(): void {
    this.split(this.decoder.end(), true);
  }

  private split(decoded: string, final: boolean): void {
    this.text += decoded;
    const buffer = this.pending + decoded;
    const newline = /\r\n|\r|\n/g;
    let start = 0;
    for (let match = newline.exec(buffer); match !== null; match = newline.exec(buffer)) {
      // A CR at the very end may be the first half of a CRLF that the next chunk completes.
      if (!final && match[0] === '\r' && match.index === buffer.length - 1) break;
      this.emit(buffer.slice(start, match.index));
      start = match.index + match[0].length;
    }
    this.pending = buffer.slice(start);
    if (final && this.pending !== '') {
      this.emit(this.pending);
      this.pending = '';
    }
  }
}
