export {
  Emulator,
  startEmulator,
  servedRoutes,
  type StartEmulatorOptions,
  type CreateRepositoryOptions,
} from './emulator.js';
export type { Exchange, ExchangeObserver } from './server/http-server.js';
export type { Fault, FaultRule } from './server/faults.js';
export type { Permissions, PermissionLevel, Principal, Scope } from './server/auth.js';
export type { RepositoryState } from './state/repository.js';
export type * from './state/records.js';
