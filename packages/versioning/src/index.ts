export * from './types.js';
export * from './presets.js';
export * from './branches.js';
export * from './releases.js';
export * from './rules.js';
export * from './reverts.js';
export * from './decide.js';
export { globMatch } from './glob.js';
