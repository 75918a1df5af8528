import { randomBytes, randomInt } from 'node:crypto';
import { argon2Verify, argon2id } from 'hash-wasm';

/**
 * Passwords are kept only as argon2id hashes (PHC strings), with OWASP's recommended minimum
 * cost (19 MiB, two passes, one lane): slow enough to make guessing a stolen hash expensive,
 * quick enough (tens of milliseconds) that signing in stays instant. hash-wasm computes them in
 * WebAssembly: no native binary to build or to crash on a council's server.
 */
const OPTIONS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

/** NCSC advice: length matters most; twelve characters is the floor, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `a password can have at most ${MAX_PASSWORD_LENGTH} characters`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'a password cannot contain the user name';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...OPTIONS, password, salt: randomBytes(16), outputType: 'encoded' });
}

/** False for a wrong password and for a hash that cannot be read (never throws). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    if (!hash.startsWith('$argon2id$')) return false;
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * Spends the time a real check takes, for a user name that does not exist, so the time a
 * refusal takes does not tell an attacker which names are real.
 */
export async function spendVerifyTime(password: string): Promise<false> {
  dummy ??= hashPassword('no-such-user-password-placeholder');
  await verifyPassword(await dummy, password);
  return false;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or copied. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password of four groups of five (about 99 bits), for new accounts and resets. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}
