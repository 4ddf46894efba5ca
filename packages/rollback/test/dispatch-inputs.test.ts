import { describe, expect, it } from 'vitest';
import { dispatchProblem } from '@flowship/rollback';

const GIVEN = ['version', 'rollback-of', 'incident'];

describe('dispatchProblem', () => {
  it('accepts a workflow_dispatch trigger that declares every input given', () => {
    const text = `on:
  push:
  workflow_dispatch:
    inputs:
      version: { required: true }
      rollback-of: {}
      incident: {}
      dry-run: { required: true, default: 'false' }
`;
    expect(dispatchProblem(text, GIVEN)).toBeUndefined();
  });

  it('names what GitHub would refuse the dispatch for', () => {
    expect(dispatchProblem(undefined, GIVEN)).toBe('does not exist there');
    expect(dispatchProblem('on: push\n', GIVEN)).toBe('has no workflow_dispatch trigger there');
    expect(dispatchProblem('on: [push, workflow_dispatch]\n', GIVEN)).toBe(
      'does not declare the inputs version, rollback-of, incident there',
    );
    const old = 'on:\n  workflow_dispatch:\n    inputs:\n      version: {}\n      incident: {}\n';
    expect(dispatchProblem(old, GIVEN)).toBe('does not declare the input rollback-of there');
    const strict = `on:
  workflow_dispatch:
    inputs:
      version: {}
      rollback-of: {}
      incident: {}
      approver: { required: true }
`;
    expect(dispatchProblem(strict, GIVEN)).toBe(
      'requires the input approver, which a rollback does not give',
    );
    expect(dispatchProblem(': not yaml [', GIVEN)).toBe('has no workflow_dispatch trigger there');
  });
});
