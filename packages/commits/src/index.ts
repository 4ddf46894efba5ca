export * from './types.js';
export * from './grammar.js';
export * from './pull-request.js';
