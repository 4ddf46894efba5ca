import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BareRepo } from '../git/bare-repo.js';
import { RepositoryState, type RepositorySettings } from './repository.js';

/** All repositories, and the one id sequence GitHub-style ids come from. */
export class Store {
  private readonly repos = new Map<string, RepositoryState>();
  private lastId = 1000;

  constructor(readonly root: string) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  get(owner: string, name: string): RepositoryState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The repository `owner/name`, or an error naming it (for the emulator's own callers). */
  require(fullName: string): RepositoryState {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = this.get(owner, name);
    if (repo === undefined) throw new Error(`emulator: no repository ${fullName}`);
    return repo;
  }

  all(): RepositoryState[] {
    return [...this.repos.values()];
  }

  /** Bare repository on disk at `<root>/<owner>/<name>.git`, which is also its smart-HTTP path. */
  async create(opts: {
    owner: string;
    name: string;
    defaultBranch: string;
    createdAt: string;
    settings: RepositorySettings;
  }): Promise<RepositoryState> {
    const key = `${opts.owner}/${opts.name}`.toLowerCase();
    if (this.repos.has(key)) throw new Error(`repository ${opts.owner}/${opts.name} exists`);
    if (!/^[A-Za-z0-9_.-]+$/.test(opts.owner) || !/^[A-Za-z0-9_.-]+$/.test(opts.name)) {
      throw new Error(`invalid repository name ${opts.owner}/${opts.name}`);
    }
    const dir = path.join(this.root, opts.owner, `${opts.name}.git`);
    await mkdir(path.dirname(dir), { recursive: true });
    const git = await BareRepo.init(dir, opts.defaultBranch);
    const state = new RepositoryState(
      this.nextId(),
      opts.owner,
      opts.name,
      git,
      opts.createdAt,
      opts.defaultBranch,
      opts.settings,
    );
    this.repos.set(key, state);
    return state;
  }
}
