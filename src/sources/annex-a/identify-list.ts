import { ANNEX_A_LISTS, type ListDef } from '../../model/annex-a-lists.js';
import { knownHeader } from './header-match.js';

/** The list a sheet's name points to: "List 3", "L3 Referrals", "List 3 - Referrals", "Referrals". */
export function listFromSheetName(name: string): ListDef | null {
  const n = /\b(?:list|l)\s*[-_:.#]?\s*(\d{1,2})(?!\d)/i.exec(name) ?? /^\s*(\d{1,2})\b/.exec(name);
  if (n) {
    const byNumber = ANNEX_A_LISTS.find((l) => l.number === Number(n[1]));
    if (byNumber) return byNumber;
  }
  const lower = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  let best: { list: ListDef; length: number } | null = null;
  for (const list of ANNEX_A_LISTS) {
    for (const word of list.sheetWords) {
      const re = new RegExp(`\\b${word.replace(/\s+/g, '\\s+')}s?\\b`);
      if (re.test(lower) && (!best || word.length > best.length)) best = { list, length: word.length };
    }
  }
  return best?.list ?? null;
}

export interface HeaderScore {
  readonly list: ListDef;
  /** The list's own columns (not the person/team block every list shares) named by a header cell. */
  readonly matched: number;
  /** matched ÷ the number of the list's own columns. */
  readonly share: number;
  /** Whether the subject's id column (Child Unique ID…) is among the headers. */
  readonly hasId: boolean;
}

/** Columns most lists share, which say nothing about which list a sheet is. */
const SHARED_COLUMNS = new Set(['child_id', 'gender', 'ethnicity', 'dob', 'age', 'disability', 'team', 'worker', 'family_id']);

export function scoreHeaders(headerCells: readonly string[]): HeaderScore[] {
  return ANNEX_A_LISTS.map((list) => {
    const keys = new Set<string>();
    for (const h of headerCells) {
      const hit = knownHeader(list, h);
      if (hit) keys.add(hit.column.key);
    }
    const own = list.columns.filter((c) => !SHARED_COLUMNS.has(c.key) || c.key === list.idColumn && list.idColumn !== 'child_id');
    const matched = own.filter((c) => keys.has(c.key)).length;
    return { list, matched, share: matched / own.length, hasId: keys.has(list.idColumn) };
  }).sort((a, b) => b.share - a.share || b.matched - a.matched);
}

/** How many cells of a row name some column of some list: picks the header row under titles. */
export function headerLikeness(cells: readonly string[]): number {
  let count = 0;
  for (const c of cells) {
    if (!c) continue;
    if (ANNEX_A_LISTS.some((l) => knownHeader(l, c))) count++;
  }
  return count;
}

/** Without a name to go by, a header row must name at least this many of a list's own columns. */
export const MIN_MATCHED_HEADERS = 2;

export type Identification =
  | { list: ListDef; how: 'name-and-headers' | 'headers'; nameSaid?: ListDef }
  | { list: null; reason: string };

/**
 * Decides which list a sheet holds from its name and its header row. Headers win over the name
 * when they disagree clearly, and that is reported; a sheet with no recognisable header row is
 * not taken as any list.
 */
export function identifyList(sheetName: string, headerCells: readonly string[]): Identification {
  const byName = listFromSheetName(sheetName);
  const scores = scoreHeaders(headerCells);
  const best = scores[0];
  const named = byName ? scores.find((s) => s.list === byName) : undefined;
  if (named && ((named.hasId && named.matched >= 1) || named.share >= 0.5) && named.share >= (best?.share ?? 0) / 2) {
    return { list: named.list, how: 'name-and-headers' };
  }
  if (best && best.matched >= MIN_MATCHED_HEADERS && best.share >= 0.5) {
    return byName ? { list: best.list, how: 'headers', nameSaid: byName } : { list: best.list, how: 'headers' };
  }
  if (byName) {
    return { list: null, reason: `the name suggests list ${byName.number} (${byName.title}) but no row has its column headers` };
  }
  return { list: null, reason: 'neither its name nor its header row matches an Annex A list' };
}
