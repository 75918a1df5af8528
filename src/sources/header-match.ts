import { columnLetters } from './xlsx/cell.js';

/**
 * Tying a file's header cells to a template's columns, whatever the template: an Annex A list,
 * a local CSV template. Exact and alias matches first, then one-typo matches where one column
 * is clearly nearest.
 */

/** What header matching needs of a column: its key, its header, and other spellings of it. */
export interface HeaderColumn {
  readonly key: string;
  readonly header: string;
  readonly aliases?: readonly string[];
}

/** A template as header matching sees it: its columns in order. */
export interface HeaderTemplate<C extends HeaderColumn = HeaderColumn> {
  readonly columns: readonly C[];
}

/** How a sheet's header cell was tied to a list column. */
export type HeaderMatchKind = 'exact' | 'alias' | 'approximate';

export interface MappedColumn<C extends HeaderColumn = HeaderColumn> {
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly column: C;
  readonly match: HeaderMatchKind;
}

export interface ColumnReport<C extends HeaderColumn = HeaderColumn> {
  readonly mapped: MappedColumn<C>[];
  /** Header cells that name no column of the list (extra columns), or repeat one already mapped. */
  readonly unmapped: { index: number; letter: string; header: string; duplicateOf?: string }[];
  /** Template columns with no header in the sheet. */
  readonly missing: C[];
}

/**
 * Header text reduced to what identifies it: letters and digits, lower case. Case, spacing,
 * non-breaking spaces, apostrophes, question marks and doubled brackets (`(Y/N))`) drop out.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Restricted Damerau–Levenshtein distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j] as number;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Edits tolerated for an approximate match: enough for a typo, never enough to swap two columns. */
function tolerance(length: number): number {
  if (length < 8) return 0;
  if (length < 20) return 1;
  if (length < 40) return 2;
  return Math.floor(length / 15);
}

/** Exact or alias match of one header cell against a template's columns. */
export function knownHeader<C extends HeaderColumn>(list: HeaderTemplate<C>, text: string): { column: C; match: HeaderMatchKind } | null {
  const key = headerKey(text);
  if (!key) return null;
  for (const c of list.columns) if (headerKey(c.header) === key) return { column: c, match: 'exact' };
  for (const c of list.columns) for (const a of c.aliases ?? []) if (headerKey(a) === key) return { column: c, match: 'alias' };
  return null;
}

/**
 * Maps a header row onto a template's columns: exact and alias matches first, then approximate
 * matches for what is left, each approximate match only when one column is clearly nearest.
 */
export function matchHeaders<C extends HeaderColumn>(list: HeaderTemplate<C>, headerCells: readonly string[]): ColumnReport<C> {
  const mapped: MappedColumn<C>[] = [];
  const unmapped: ColumnReport<C>['unmapped'] = [];
  const taken = new Set<string>();
  const pending: { index: number; header: string }[] = [];

  headerCells.forEach((header, index) => {
    if (!headerKey(header)) return;
    const hit = knownHeader(list, header);
    if (hit && !taken.has(hit.column.key)) {
      taken.add(hit.column.key);
      mapped.push({ index, letter: columnLetters(index), header, column: hit.column, match: hit.match });
    } else if (hit) {
      unmapped.push({ index, letter: columnLetters(index), header, duplicateOf: hit.column.header });
    } else pending.push({ index, header });
  });

  for (const p of pending) {
    const key = headerKey(p.header);
    let best: C | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const c of list.columns) {
      if (taken.has(c.key)) continue;
      for (const candidate of [c.header, ...(c.aliases ?? [])]) {
        const ck = headerKey(candidate);
        const max = tolerance(Math.min(ck.length, key.length));
        const d = editDistance(key, ck, max);
        if (d > max) continue;
        if (d < bestDistance) {
          best = c;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && best && best.key !== c.key) tie = true;
      }
    }
    if (best && !tie) {
      taken.add(best.key);
      mapped.push({ index: p.index, letter: columnLetters(p.index), header: p.header, column: best, match: 'approximate' });
    } else unmapped.push({ index: p.index, letter: columnLetters(p.index), header: p.header });
  }

  mapped.sort((a, b) => a.index - b.index);
  unmapped.sort((a, b) => a.index - b.index);
  const missing = list.columns.filter((c) => !taken.has(c.key));
  return { mapped, unmapped, missing };
}
