// `expectStatus`: a code (`200`), a class (`"2xx"`), or a list of either, as inclusive ranges.

import type { StatusRange } from './spec.js';

/** What `expectStatus` means when it is not given: any success or redirect. */
export const DEFAULT_EXPECT_STATUS: readonly StatusRange[] = [{ from: 200, to: 399 }];

const STATUS_CLASS = /^([1-5])xx$/i;
const STATUS_CODE = /^[1-5]\d\d$/;

/** One entry of `expectStatus`, or undefined when it is neither a code nor a class. */
export function parseStatusEntry(value: unknown): StatusRange | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 100 && value <= 599
      ? { from: value, to: value }
      : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const statusClass = STATUS_CLASS.exec(text);
  if (statusClass) {
    const hundreds = Number(statusClass[1]) * 100;
    return { from: hundreds, to: hundreds + 99 };
  }
  return STATUS_CODE.test(text) ? { from: Number(text), to: Number(text) } : undefined;
}

export function statusMatches(status: number, ranges: readonly StatusRange[]): boolean {
  return ranges.some((range) => status >= range.from && status <= range.to);
}

/** `200–399`, `200, 204, 3xx` — for messages. */
export function describeStatusRanges(ranges: readonly StatusRange[]): string {
  return ranges
    .map(({ from, to }) => {
      if (from === to) return String(from);
      if (from % 100 === 0 && to === from + 99) return `${from / 100}xx`;
      return `${from}–${to}`;
    })
    .join(', ');
}
