// What the rollback needs from GitHub and the outside world, as narrow interfaces: the action
// wires the real adapters (packages/github and github-readers.ts), tests wire the same adapters
// against the emulator.
import type { CDEvent } from '@flowship/cdevents';
import type { Deployments, Issues, Refs, Workflows } from '@flowship/github';

export interface CommitSummary {
  sha: string;
  /** The first line of the message, as written (untrusted). */
  subject: string;
  /** The author's name, as written (untrusted). */
  author: string;
}

export interface CommitRange {
  /** Oldest first, at most what GitHub's compare lists (250). */
  commits: CommitSummary[];
  /** Commits in the range, also those not listed. */
  total: number;
}

export interface CommitsReader {
  /** Commits in `head` and not in `base`; undefined when GitHub cannot compare them. */
  between(base: string, head: string): Promise<CommitRange | undefined>;
}

export interface EnvironmentsReader {
  /** The environment as GitHub names it, or undefined when it does not exist. */
  get(name: string): Promise<{ name: string } | undefined>;
  names(): Promise<string[]>;
}

export interface FileReader {
  /** A file's text at a ref, or undefined when the file (or the ref) does not exist. */
  read(path: string, ref: string): Promise<string | undefined>;
}

/** Where CDEvents go (a sink); failures are the sender's to report. */
export interface EventSender {
  send(event: CDEvent): Promise<void>;
}

export interface GitHubPorts {
  deployments: Pick<Deployments, 'get' | 'list' | 'statuses' | 'createStatus'>;
  issues: Issues;
  workflows: Workflows;
  refs: Pick<Refs, 'get'>;
  commits: CommitsReader;
  environments: EnvironmentsReader;
  files: FileReader;
}

export interface RollbackDeps extends GitHubPorts {
  /** Absent: events are only listed in the outcome (and so in the job summary). */
  events?: EventSender;
  /** Progress lines; untrusted text may be in them. */
  log: (line: string) => void;
  now: () => Date;
}
