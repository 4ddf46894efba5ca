// The release fields are flowship's own data, not commit text: they are checked, not escaped, so a
// caller bug fails loudly instead of producing a broken heading or link.
import type { NoteEntry, NotesInput } from './types.js';

// SemVer 2.0.0 (semver.org's regular expression, without a `v`).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// Tags as flowship makes them (`v1.2.3`, `pkg@1.2.3`, `pkg/v1.2.3`): no spaces, no Markdown.
const TAG = /^[A-Za-z0-9][A-Za-z0-9._/@+-]{0,254}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// GitHub owner (user or organisation) and repository names.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/i;

function check(ok: boolean, message: string): void {
  if (!ok) throw new TypeError(message);
}

function checkEntry(entry: NoteEntry, index: number): void {
  check(
    SHA.test(entry.sha),
    `entries[${index}].sha is not a commit SHA: ${JSON.stringify(entry.sha)}`,
  );
  if (entry.pullRequest !== undefined) {
    check(
      Number.isSafeInteger(entry.pullRequest) && entry.pullRequest > 0,
      `entries[${index}].pullRequest must be a positive integer`,
    );
  }
}

export function validateInput(input: NotesInput): void {
  check(SEMVER.test(input.version), `version is not SemVer: ${JSON.stringify(input.version)}`);
  check(TAG.test(input.tag), `tag is not a plain tag name: ${JSON.stringify(input.tag)}`);
  if (input.previousTag !== null) {
    check(
      TAG.test(input.previousTag),
      `previousTag is not a plain tag name: ${JSON.stringify(input.previousTag)}`,
    );
  }
  check(DATE.test(input.date), `date must be YYYY-MM-DD: ${JSON.stringify(input.date)}`);
  check(
    input.preset === 'conventionalcommits' || input.preset === 'angular',
    `unknown preset: ${JSON.stringify(input.preset)}`,
  );
  check(OWNER.test(input.repository.owner), `repository.owner is not a GitHub owner name`);
  check(REPO.test(input.repository.repo), `repository.repo is not a GitHub repository name`);
  input.entries.forEach(checkEntry);
}
