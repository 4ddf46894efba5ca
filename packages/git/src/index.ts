export * from './types.js';
export { GitCli } from './git-cli.js';
