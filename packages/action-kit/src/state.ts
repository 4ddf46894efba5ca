import * as core from '@actions/core';

/** GITHUB_STATE: what an action's main stage leaves for its post stage (STATE_<name>). */
export const stepState = {
  get: (name: string): string => core.getState(name),
  save: (name: string, value: string): void => core.saveState(name, value),
};
