import type { getOctokit } from '@actions/github';

/** An Octokit plugin, as @actions/github's getOctokit takes them. */
export type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** The instance a plugin receives (its `hook` is what the plugins here use). */
export type PluginHost = Parameters<OctokitPlugin>[0];
