import type { BareRepo } from '../git/bare-repo.js';
import type {
  DeploymentRecord,
  DispatchRecord,
  EnvironmentRecord,
  IssueRecord,
  LabelRecord,
  CommentRecord,
  PullRecord,
  ReleaseRecord,
  WorkflowRecord,
  WorkflowRunRecord,
} from './records.js';

export interface RepositorySettings {
  /** GitHub's "immutable releases" setting: published releases' assets and tag are frozen. */
  immutableReleases: boolean;
  private: boolean;
}

/** Everything the emulator knows about one repository; refs and objects live in `git`. */
export class RepositoryState {
  readonly releases: ReleaseRecord[] = [];
  readonly pulls: PullRecord[] = [];
  readonly issues: IssueRecord[] = [];
  readonly labels: LabelRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  readonly environments: EnvironmentRecord[] = [];
  readonly workflows: WorkflowRecord[] = [];
  readonly runs: WorkflowRunRecord[] = [];
  readonly dispatches: DispatchRecord[] = [];
  /** Issues and pull requests share one number sequence, as on GitHub. */
  private lastNumber = 0;

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly git: BareRepo,
    readonly createdAt: string,
    public defaultBranch: string,
    readonly settings: RepositorySettings,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  nextNumber(): number {
    this.lastNumber += 1;
    return this.lastNumber;
  }
}
