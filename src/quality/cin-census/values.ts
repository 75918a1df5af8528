import type { Text } from '../../sources/cin-census/records.js';

/**
 * Reading a CIN Census value for a rule. A date is an `xs:date` (YYYY-MM-DD, optionally with a
 * time zone, which is dropped); anything else is no date, so a rule comparing it finds nothing
 * (the schema check reports the value).
 */
export { xsDateDay as day, daysFromCivil } from '../../sources/cin-census/xs-date.js';

/** The XSD's yes/no: `true` or `1`. */
export function isYes(text: Text): boolean {
  return text === 'true' || text === '1';
}

/** The XSD's yes/no: `false` or `0`. */
export function isNo(text: Text): boolean {
  return text === 'false' || text === '0';
}

/** Weekday of a day number, Monday 0 … Sunday 6. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Whether `t` is one of the codes (exactly, as the DfE validator compares them). */
export function inList(t: Text, codes: readonly string[]): boolean {
  return t !== null && codes.includes(t);
}
