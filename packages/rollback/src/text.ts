// Inert Markdown for issue text. Commit subjects, author names, versions and payload URLs are
// chosen by whoever can push or deploy, so they are neutralised (no HTML, no Markdown structure,
// no @mention pings, no issue cross-links) and links are kept only when they are http(s).
import { sanitizeInline } from '@flowship/changelog';

/** One line of untrusted text, neutralised and cut to `maxLength` characters. */
export const inline = (text: string, maxLength = 200): string =>
  sanitizeInline(text, { maxLength });

/**
 * A name (version, tag, environment) as it is when it holds only letters, digits and `.+-`
 * (nothing Markdown reads), else neutralised like any other text.
 */
export const name = (text: string, maxLength = 100): string =>
  /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(text) && text.length <= maxLength
    ? text
    : inline(text, maxLength);

/** An http(s) URL safe inside `[text](url)`, or undefined. */
export function safeUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `[label](url)` when the URL is safe, else the label alone. `label` must already be inert. */
export const link = (label: string, url: string | undefined): string => {
  const safe = safeUrl(url);
  return safe === undefined ? label : `[${label}](${safe})`;
};

/** `850 ms`, `42 s`, `4 min 10 s`, `2 h 5 min`: a time to restore as people read it. */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60)
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** A cut at a line boundary that keeps `text` under `max` characters, saying it was cut. */
export function cutLines(text: string, max: number, note: string): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - note.length - 2);
  const head = text.slice(0, room);
  const end = head.lastIndexOf('\n');
  return `${end > 0 ? head.slice(0, end) : ''}\n\n${note}`;
}
