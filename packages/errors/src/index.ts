export * from './catalog.js';
export * from './redact.js';
