/**
 * Sealing for anything Parley keeps outside the process that holds user text or secrets (button
 * state in Redis, tokens in PostgreSQL): AES-256-GCM under a key from the environment.
 *
 * A sealed value reads `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). The key id (8 hex digits
 * of the key's SHA-256) says which key sealed it, so keys rotate without a migration: seal with the
 * current key, open with the current or any previous one. `context` is bound in as associated data
 * (for example the Redis key or the team id), so a sealed value copied to another slot will not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

/** A sealed value could not be opened: wrong or unknown key, tampered with, or not ours. */
export class SealError extends Error {
  constructor(reason: 'format' | 'unknown-key' | 'tampered') {
    super(`Sealed value could not be opened (${reason})`);
    this.name = 'SealError';
  }
}

/** Turns a configured key (64 hex digits or base64 of 32 bytes) into bytes; throws a readable error. */
export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (bytes.length !== 32) {
    throw new Error('An encryption key must be 32 bytes: 64 hex digits or base64 (openssl rand -base64 32).');
  }
  return bytes;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export interface Sealer {
  seal(plain: string, context?: string): string;
  open(sealed: string, context?: string): string;
}

/** `current` seals; `previous` keys (oldest rotation last) only open what they sealed before. */
export function createSealer(current: Buffer, previous: readonly Buffer[] = []): Sealer {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...previous]) keys.set(keyId(key), key);
  const currentId = keyId(current);
  return {
    seal(plain, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, current, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [VERSION, currentId, ...parts].join('.');
    },
    open(sealed, context = '') {
      const parts = sealed.split('.');
      if (parts.length !== 5 || parts[0] !== VERSION) throw new SealError('format');
      const key = keys.get(parts[1]!);
      if (!key) throw new SealError('unknown-key');
      const [iv, tag, body] = parts.slice(2).map((p) => Buffer.from(p, 'base64url'));
      if (iv!.length !== IV_BYTES || tag!.length !== TAG_BYTES) throw new SealError('format');
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv!, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag!);
        return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError('tampered');
      }
    },
  };
}

/** A sealer with a key made for this process only: for the embedded single-process mode, where nothing sealed outlives it. */
export function processSealer(): Sealer {
  return createSealer(randomBytes(32));
}
