import { ApiError } from './api-error.js';

export interface Page<T> {
  items: T[];
  /** The `Link` header (rel next/prev/first/last), absent when everything fits on one page. */
  link: string | undefined;
}

/**
 * GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page` (from 1),
 * with a `Link` header naming the other pages by the request's own URL.
 */
export function paginate<T>(items: readonly T[], url: URL, defaultPerPage = 30): Page<T> {
  const perPage = readPositive(url, 'per_page') ?? defaultPerPage;
  const page = readPositive(url, 'page') ?? 1;
  const size = Math.min(perPage, 100);
  const last = Math.max(1, Math.ceil(items.length / size));
  const slice = items.slice((page - 1) * size, page * size);
  if (last === 1) return { items: slice, link: undefined };
  const at = (n: number): string => {
    const target = new URL(url);
    target.searchParams.set('per_page', String(size));
    target.searchParams.set('page', String(n));
    return target.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(Math.min(page - 1, last))}>; rel="prev"`);
  // As on GitHub: the last page names neither `next` nor `last`, the first neither `prev` nor `first`.
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return { items: slice, link: links.join(', ') };
}

function readPositive(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ApiError(422, `Invalid value for ${name}: ${raw}`);
  }
  return value;
}
