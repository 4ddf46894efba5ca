// Tokens must never reach a log. Known secrets are replaced wherever text leaves the process, and
// token-shaped strings (GitHub's documented prefixes, URL credentials) are caught even if unknown.

const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\b(https?:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/g,
];

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (match, scheme?: string) =>
      typeof scheme === 'string' && match.startsWith(scheme) ? `${scheme}***@` : '***',
    );
  }
  return out;
}
