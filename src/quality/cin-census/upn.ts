/**
 * The Unique Pupil Number's check letter (DfE "UPN: guide for schools and local authorities"):
 * characters 2–13 weighted 2…13, the sum modulo 23 indexing the letters A–Z without I, O and S.
 */
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter for the 12 characters after it, or null when they are not all digits. */
export function upnCheckLetter(rest: string): string | null {
  if (!/^\d{12}$/.test(rest)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(rest[i]) * (i + 2);
  return UPN_CHECK_LETTERS[sum % 23] as string;
}

/** A UPN made from 12 characters (a permanent one ends in a digit), with its check letter. */
export function withCheckLetter(rest: string): string {
  const letter = upnCheckLetter(rest);
  if (!letter) throw new RangeError(`a UPN needs 12 digits after the check letter: ${rest}`);
  return letter + rest;
}
