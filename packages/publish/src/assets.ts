import { createHash } from 'node:crypto';
import { FlowshipError } from '@flowship/errors';
import type { ReleaseAsset } from '@flowship/github';
import type { PublishPlan } from './plan.js';

export const RECORD_ASSET = 'release-record.json';

/** An asset as the release must carry it: GitHub's file name, the bytes and their digest. */
export interface DesiredAsset {
  name: string;
  contentType: string;
  data: Buffer;
  /** `sha256:<hex>`, as GitHub reports asset digests. */
  digest: string;
}

/** GitHub renames asset files: special characters become '.', no leading or trailing dots. */
export function assetFileName(name: string): string {
  return name.replace(/[^\w.+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}

function desired(name: string, contentType: string, data: Uint8Array | string): DesiredAsset {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return {
    name: assetFileName(name),
    contentType,
    data: bytes,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

/** The release record first, then the plan's assets; names must stay distinct once renamed. */
export function desiredAssets(plan: PublishPlan): DesiredAsset[] {
  const record = `${JSON.stringify(plan.record, null, 2)}\n`;
  const all = [
    desired(RECORD_ASSET, 'application/json', record),
    ...(plan.assets ?? []).map((a) => desired(a.name, a.contentType, a.data)),
  ];
  const seen = new Set<string>();
  for (const asset of all) {
    if (asset.name === '' || seen.has(asset.name)) {
      throw new FlowshipError('FLOWSHIP_PLAN_INVALID', {
        detail: `asset name "${asset.name}" is empty or used twice (GitHub renames special characters to ".")`,
      });
    }
    seen.add(asset.name);
  }
  return all;
}

/** Same bytes: by digest when GitHub reports one, else by size. Incomplete uploads never match. */
export function sameContent(existing: ReleaseAsset, wanted: DesiredAsset): boolean {
  if (existing.state !== 'uploaded') return false;
  if (existing.digest !== null) return existing.digest === wanted.digest;
  return existing.size === wanted.data.byteLength;
}

export function describeDifference(existing: ReleaseAsset, wanted: DesiredAsset): string {
  const has = existing.digest ?? `${existing.size} bytes`;
  const wants = existing.digest === null ? `${wanted.data.byteLength} bytes` : wanted.digest;
  return existing.state === 'uploaded'
    ? `it has ${has}, this run has ${wants}`
    : `its upload is incomplete (state ${existing.state})`;
}
