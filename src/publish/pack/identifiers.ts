import { ANNEX_A_LISTS, tableOf } from '../../model/annex-a-lists.js';
import { LOCAL_TEMPLATES, localTable } from '../../model/local-templates.js';
import type { Database } from '../../store/database.js';

/**
 * Every value of a column marked `identifying` (child and adopter ids, worker, auditor and
 * supervisor names, placement postcodes…) in every extract loaded: what must never reach a pack.
 * Figures cannot carry them, but commentary is typed by people and may.
 */
export interface KnownIdentifiers {
  /** Single-word identifiers (ids, one-word names), lower-cased. */
  readonly words: ReadonlySet<string>;
  /** Identifiers of several words (names, postcodes), lower-cased, spaces collapsed. */
  readonly phrases: readonly string[];
}

export const NO_IDENTIFIERS: KnownIdentifiers = { words: new Set(), phrases: [] };

/** Identifiers shorter than this are left alone: they would match ordinary numbers and words. */
const MIN_LENGTH = 3;

function normalise(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What case-management exports put where there is no person: not names, and ordinary words. */
const PLACEHOLDERS = new Set(['unallocated', 'not allocated', 'vacant', 'duty', 'none', 'unknown', 'n/a', 'not known', 'tbc']);

export function identifiersFrom(values: Iterable<string>): KnownIdentifiers {
  const words = new Set<string>();
  const phrases = new Set<string>();
  const add = (n: string) => {
    if (n.length < MIN_LENGTH || PLACEHOLDERS.has(n)) return;
    if (/^[\p{L}\p{N}_-]+$/u.test(n)) words.add(n);
    else phrases.add(n);
  };
  for (const v of values) {
    const n = normalise(v);
    add(n);
    // "Patel, Sarah" as systems store it is "Sarah Patel" as people write it.
    const m = /^([^,]+),\s*([^,]+)$/.exec(n);
    if (m) add(`${m[2]} ${m[1]}`);
  }
  // Longest first, so "Sam Lee-Jones" is withheld whole before "Sam Lee" could match part of it.
  return { words, phrases: [...phrases].sort((a, b) => b.length - a.length) };
}

export async function knownIdentifiers(db: Database): Promise<KnownIdentifiers> {
  const selects: string[] = [];
  for (const list of ANNEX_A_LISTS) {
    for (const c of list.columns) if (c.identifying && c.type === 'text') selects.push(`SELECT DISTINCT ${c.key} AS v FROM ${tableOf(list)}`);
  }
  for (const t of LOCAL_TEMPLATES) {
    for (const c of t.columns) if (c.identifying && c.type === 'text') selects.push(`SELECT DISTINCT ${c.key} AS v FROM ${localTable(t)}`);
  }
  if (selects.length === 0) return NO_IDENTIFIERS;
  const rows = await db.all<{ v: string | null }>(`SELECT DISTINCT v FROM (${selects.join(' UNION ALL ')}) x WHERE v IS NOT NULL`);
  return identifiersFrom(rows.map((r) => r.v as string));
}

export const WITHHELD_NAME = '[name or identifier withheld]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Free text with every known identifier replaced by `WITHHELD_NAME`: whole words only (an id
 * inside a longer word is not that id), any case, any spacing inside a name.
 */
export function redact(text: string, ids: KnownIdentifiers): string {
  if (!text) return text;
  let out = text;
  const lower = () => out.toLowerCase().replace(/\s+/g, ' ');
  for (const p of ids.phrases) {
    if (!lower().includes(p)) continue;
    const pattern = p.split(' ').map(escapeRegExp).join('\\s+');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), WITHHELD_NAME);
  }
  if (ids.words.size === 0) return out;
  return out.replace(/[\p{L}\p{N}_-]+/gu, (w) => (ids.words.has(w.toLowerCase()) ? WITHHELD_NAME : w));
}
