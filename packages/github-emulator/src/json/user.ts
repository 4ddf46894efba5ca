import { createHash } from 'node:crypto';

/** A stable numeric id per login, so the same user looks the same in every response. */
export function userId(login: string): number {
  return createHash('sha256').update(login).digest().readUInt32BE(0) % 100_000_000;
}

/** GitHub's `simple-user` for a login (bots end in `[bot]`). */
export function simpleUser(login: string, baseUrl: string): Record<string, unknown> {
  const api = `${baseUrl}/users/${encodeURIComponent(login)}`;
  const id = userId(login);
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `${baseUrl}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${baseUrl}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A `node_id`-shaped opaque id for any record. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}
