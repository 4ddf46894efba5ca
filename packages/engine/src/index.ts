export * from './version.js';
export * from './report.js';
