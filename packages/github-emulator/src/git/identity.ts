import { userId } from '../json/user.js';
import type { GitIdentity } from './objects.js';

/** GitHub's committer for commits it makes itself (merges, web edits): the "web-flow" user. */
export const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' } as const;

/** `<id>+<login>@users.noreply.github.com`, the address GitHub gives a user's web commits. */
export function noreplyEmail(login: string): string {
  return `${userId(login)}+${login}@users.noreply.github.com`;
}

/** The git identity of a GitHub account at `date`. */
export function identityOf(login: string, date: string): GitIdentity {
  return { name: login, email: noreplyEmail(login), date };
}

export function webFlowIdentity(date: string): GitIdentity {
  return { name: WEB_FLOW.name, email: WEB_FLOW.email, date };
}

/** The account a commit email belongs to, when the emulator can tell (noreply addresses). */
export function loginOfEmail(email: string): string | undefined {
  if (email === WEB_FLOW.email) return WEB_FLOW.login;
  const m = /^(\d+)\+(.+)@users\.noreply\.github\.com$/.exec(email);
  if (m === null) return undefined;
  const [, id = '', login = ''] = m;
  return String(userId(login)) === id ? login : undefined;
}
