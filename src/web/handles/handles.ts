import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

/**
 * Opaque handles put in addresses instead of children's ids (and instead of searches that may
 * hold one): the value sealed with AES-256-GCM under a key of the user's session. A handle
 * means nothing outside that session, an address bar, history or proxy log holds no child's
 * id, and a handle cannot be altered to point at another child. The IV is derived from the
 * value (a synthetic IV), so a child has one handle per session and pages stay cacheable by
 * the browser's back button.
 */
export type HandleKind = 'child' | 'search';

const derived = new WeakMap<Buffer, { iv: Buffer; enc: Buffer }>();

/** The session key's two sub-keys (one for the IV, one for encryption), worked out once per key. */
function subkeys(key: Buffer): { iv: Buffer; enc: Buffer } {
  let k = derived.get(key);
  if (!k) {
    k = { iv: createHmac('sha256', key).update('iv').digest(), enc: createHmac('sha256', key).update('enc').digest() };
    derived.set(key, k);
  }
  return k;
}

export function sealHandle(key: Buffer, kind: HandleKind, value: string): string {
  const plain = Buffer.from(`${kind}:${value}`, 'utf8');
  const k = subkeys(key);
  const iv = createHmac('sha256', k.iv).update(plain).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', k.enc, iv);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The value, or null when the handle is not one of this session's, of this kind. */
export function openHandle(key: Buffer, kind: HandleKind, handle: string): string | null {
  if (handle.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(handle)) return null;
  const raw = Buffer.from(handle, 'base64url');
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', subkeys(key).enc, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const plain = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
    const prefix = `${kind}:`;
    return plain.startsWith(prefix) ? plain.slice(prefix.length) : null;
  } catch {
    return null;
  }
}
