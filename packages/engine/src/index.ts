export * from './version.js';
export * from './report.js';
export * from './release-entries.js';
