import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * The emulator's commit signing key, like GitHub's "web-flow" key: commits GitHub makes through
 * the API carry its signature and show as verified. Signatures are real SSH signatures
 * (PROTOCOL.sshsig, namespace `git`, Ed25519) so `git verify-commit` with `gpg.format=ssh` and
 * the public key in an allowed-signers file accepts them. One key per process.
 */
export class CommitSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly publicBlob: Buffer;

  constructor() {
    const pair = generateKeyPairSync('ed25519');
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    const jwk = pair.publicKey.export({ format: 'jwk' });
    this.publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(b64url(jwk.x ?? ''))]);
  }

  /** `ssh-ed25519 AAAA...`, for an allowed-signers file. */
  get sshPublicKey(): string {
    return `ssh-ed25519 ${this.publicBlob.toString('base64')}`;
  }

  /** An armored SSH signature of `payload` (ends with a newline, as git stores it). */
  sign(payload: Buffer | string): string {
    const signature = sign(null, signedData(payload), this.privateKey);
    const blob = Buffer.concat([
      MAGIC,
      uint32(1),
      sshString(this.publicBlob),
      sshString('git'),
      sshString(''),
      sshString('sha512'),
      sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(signature)])),
    ]);
    const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
    return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
  }

  /** Whether `armored` is this key's signature of `payload`. */
  verifies(payload: Buffer | string, armored: string): boolean {
    const body = armored.trim();
    if (!body.startsWith(BEGIN) || !body.endsWith(END)) return false;
    const blob = Buffer.from(body.slice(BEGIN.length, -END.length).replace(/\s+/g, ''), 'base64');
    const reader = new SshReader(blob);
    if (!reader.bytes(6).equals(MAGIC) || reader.uint32() !== 1) return false;
    if (!reader.string().equals(this.publicBlob)) return false;
    if (reader.string().toString() !== 'git') return false;
    reader.string();
    if (reader.string().toString() !== 'sha512') return false;
    const sigReader = new SshReader(reader.string());
    if (sigReader.string().toString() !== 'ssh-ed25519') return false;
    return verify(null, signedData(payload), this.publicKey, sigReader.string());
  }
}

let shared: CommitSigner | undefined;

/** The process-wide signer (generated on first use). */
export function emulatorSigner(): CommitSigner {
  shared ??= new CommitSigner();
  return shared;
}

const MAGIC = Buffer.from('SSHSIG');
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';

function signedData(payload: Buffer | string): Buffer {
  const digest = createHash('sha512').update(payload).digest();
  return Buffer.concat([
    MAGIC,
    sshString('git'),
    sshString(''),
    sshString('sha512'),
    sshString(digest),
  ]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([uint32(bytes.length), bytes]);
}

function b64url(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}

/** Reads SSH wire-format fields; out-of-range reads yield empty buffers (then fail checks). */
class SshReader {
  private at = 0;
  constructor(private readonly buffer: Buffer) {}

  bytes(n: number): Buffer {
    const out = this.buffer.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  uint32(): number {
    if (this.at + 4 > this.buffer.length) return -1;
    const n = this.buffer.readUInt32BE(this.at);
    this.at += 4;
    return n;
  }

  string(): Buffer {
    const n = this.uint32();
    return n < 0 ? Buffer.alloc(0) : this.bytes(n);
  }
}
