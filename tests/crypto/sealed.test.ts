import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer, parseKey, SealError } from '../../src/crypto/sealed.ts';

const key = () => randomBytes(32);

describe('sealed values', () => {
  it('opens what it sealed, and the sealed text does not contain the plain text', () => {
    const sealer = createSealer(key());
    const sealed = sealer.seal('You ALWAYS miss deadlines', 'state:abc');
    expect(sealed).not.toContain('deadlines');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(sealer.open(sealed, 'state:abc')).toBe('You ALWAYS miss deadlines');
  });

  it('seals the same text differently each time (a fresh IV)', () => {
    const sealer = createSealer(key());
    expect(sealer.seal('same')).not.toBe(sealer.seal('same'));
  });

  it('refuses a value moved to another context', () => {
    const sealer = createSealer(key());
    const sealed = sealer.seal('token', 'team:T1');
    expect(() => sealer.open(sealed, 'team:T2')).toThrow(SealError);
  });

  it('refuses a tampered value and one in an unknown format', () => {
    const sealer = createSealer(key());
    const parts = sealer.seal('token').split('.');
    const body = Buffer.from(parts[4]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => sealer.open(parts.join('.'))).toThrow(/tampered/);
    expect(() => sealer.open('not sealed')).toThrow(/format/);
  });

  it('rotates: a new key opens nothing old unless the old key is kept as previous', () => {
    const oldKey = key();
    const newKey = key();
    const sealed = createSealer(oldKey).seal('token');
    expect(() => createSealer(newKey).open(sealed)).toThrow(/unknown-key/);
    const rotated = createSealer(newKey, [oldKey]);
    expect(rotated.open(sealed)).toBe('token');
    expect(createSealer(newKey).open(rotated.seal('fresh'))).toBe('fresh');
  });

  it('reads keys as 64 hex digits or base64 of 32 bytes, and explains a bad one', () => {
    const bytes = key();
    expect(parseKey(bytes.toString('hex')).equals(bytes)).toBe(true);
    expect(parseKey(bytes.toString('base64')).equals(bytes)).toBe(true);
    expect(() => parseKey('short')).toThrow(/32 bytes/);
  });
});
