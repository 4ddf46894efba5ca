// How statuses and summaries name what was deployed: the tag ("v1.2.0"), or for a commit the
// version when one was given, else the short SHA.

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export function releaseLabel(ref: string, version: string | undefined): string {
  const name = ref.replace(/^refs\/(?:tags|heads)\//, '');
  if (!SHA.test(name)) return name;
  return version ?? name.slice(0, 7);
}
