// Event ids that repeat across re-runs, and the package URLs used as artifact ids.

import { describe, expect, it } from 'vitest';
import {
  FLOWSHIP_CDEVENTS_NAMESPACE,
  encodePurlComponent,
  githubArtifactId,
  stableEventId,
  uuidV5,
} from '../src/index.js';

describe('uuidV5', () => {
  it('matches the RFC 4122 name-based (SHA-1) algorithm', () => {
    // Reference values from Python's uuid.uuid5, an independent implementation.
    const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(FLOWSHIP_CDEVENTS_NAMESPACE).toBe('456fab2d-775e-5277-b08d-68573894cdbc');
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('flowship', 'x')).toThrow(TypeError);
  });
});

describe('stableEventId', () => {
  it('gives the same version-5 UUID for the same parts, and another for other parts', () => {
    const parts = ['acme/shop', '123', 'service.deployed', 'production'];
    const id = stableEventId(parts);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableEventId([...parts])).toBe(id);
    expect(stableEventId([...parts.slice(0, 3), 'staging'])).not.toBe(id);
  });

  it('keeps part boundaries: joined parts do not collide', () => {
    expect(stableEventId(['a|b'])).not.toBe(stableEventId(['a', 'b']));
    expect(stableEventId(['a', 'b'])).not.toBe(stableEventId(['ab']));
    expect(stableEventId(['a,b'])).not.toBe(stableEventId(['a', 'b']));
  });
});

describe('githubArtifactId', () => {
  it('builds pkg:github/<owner>/<repo>@<tag>, lowercasing owner and repository', () => {
    expect(githubArtifactId({ owner: 'acme', repo: 'shop', tag: 'v1.2.0' })).toBe(
      'pkg:github/acme/shop@v1.2.0',
    );
    expect(githubArtifactId({ owner: 'Acme-Corp', repo: 'My.Shop_2', tag: 'V1.2.0-RC.1' })).toBe(
      'pkg:github/acme-corp/my.shop_2@V1.2.0-RC.1',
    );
  });

  it('percent-encodes a tag so separators inside it stay data', () => {
    expect(githubArtifactId({ owner: 'acme', repo: 'shop', tag: 'release/1.0+build@2 ü' })).toBe(
      'pkg:github/acme/shop@release%2F1.0%2Bbuild%402%20%C3%BC',
    );
    expect(githubArtifactId({ owner: 'acme', repo: 'shop', tag: 'a?b#c%d' })).toBe(
      'pkg:github/acme/shop@a%3Fb%23c%25d',
    );
  });

  it('never encodes the colon, letters, digits or . - _ ~', () => {
    expect(encodePurlComponent('sha256:abc.DEF-1_2~3')).toBe('sha256:abc.DEF-1_2~3');
    expect(encodePurlComponent('😀')).toBe('%F0%9F%98%80');
  });

  it('rejects an empty owner, repository or tag', () => {
    expect(() => githubArtifactId({ owner: 'acme', repo: 'shop', tag: '' })).toThrow(
      /Input `artifact tag` is invalid/,
    );
    expect(() => githubArtifactId({ owner: ' ', repo: 'shop', tag: 'v1' })).toThrow(
      /Input `artifact owner` is invalid/,
    );
  });
});
