import { describe, expect, it } from 'vitest';
import { pullRequestOf, withoutPullRequest } from '../src/index.js';

describe('the (#N) of a squash merge', () => {
  it.each([
    ['feat: add x (#42)', 42, 'feat: add x'],
    ['feat: add x (#42)  ', 42, 'feat: add x'],
    ['fix: y(#7)', 7, 'fix: y'],
    ['feat: refers to #42 in the middle', undefined, 'feat: refers to #42 in the middle'],
    ['feat: (#42) not at the end', undefined, 'feat: (#42) not at the end'],
    ['chore: (#x)', undefined, 'chore: (#x)'],
  ])('%j → %j, %j', (header, number, stripped) => {
    expect(pullRequestOf(header)).toBe(number);
    expect(withoutPullRequest(header)).toBe(stripped);
  });
});
