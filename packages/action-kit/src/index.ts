export * from './inputs.js';
export * from './outputs.js';
export * from './run.js';
export * from './context.js';
export * from './version-inputs.js';
export * from './state.js';
