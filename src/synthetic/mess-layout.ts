import type { ColumnDef, ListDef } from '../model/annex-a-lists.js';
import type { MessOptions } from './mess.js';
import type { Rng } from './rng.js';

/**
 * The shape of a list's sheet: its name, the rows above the header, the columns in order
 * with the header text each carries, and any extra columns a local system adds.
 */
export interface SheetLayout {
  readonly name: string;
  readonly titleRows: string[][];
  readonly columns: LayoutColumn[];
}

export type LayoutColumn =
  | { readonly kind: 'list'; readonly def: ColumnDef; readonly header: string }
  | { readonly kind: 'extra'; readonly header: string; readonly value: (rng: Rng, row: number) => string | number | null };

const SHORT_TITLES: Record<number, string> = {
  1: 'Contacts',
  2: 'Early Help',
  3: 'Referrals',
  4: 'Assessments',
  5: 'S47 and ICPC',
  6: 'Children in Need',
  7: 'Child Protection',
  8: 'Looked After',
  9: 'Care Leavers',
  10: 'Adoption',
  11: 'Adopters',
};

export function sheetLayout(rng: Rng, list: ListDef, asAt: string, mess: MessOptions): SheetLayout {
  const short = SHORT_TITLES[list.number] as string;
  const name = mess.sheetNameVariants
    ? rng.pick([`List ${list.number} - ${short}`, `L${list.number} ${short}`, `List${list.number}`, `List ${list.number} ${short}`, `List ${list.number}`])
    : `List ${list.number}`;
  const [y, m, d] = asAt.split('-');
  const titleRows = mess.titleRow ? [[`Annex A - List ${list.number}: ${list.title} (as at ${d}/${m}/${y})`], []] : [];
  let columns: LayoutColumn[] = list.columns.map((def) => ({
    kind: 'list' as const,
    def,
    header: !mess.headerVariants ? def.header : (templateMisspelling(def.header) ?? (rng.chance(0.35) ? headerVariant(rng, def) : def.header)),
  }));
  if (mess.extraColumns) {
    const extras = rng.shuffle([...EXTRA_COLUMNS]).slice(0, rng.int(1, 3));
    for (const e of extras) columns.splice(rng.int(0, columns.length), 0, e);
  }
  if (mess.shuffleColumns) columns = rng.shuffle(columns);
  return { name, titleRows, columns };
}

/**
 * The misspellings real templates carry (spec/annex-a.md): `Accomodation`, `Eligibity`, and the
 * doubled bracket of the EPO column. Exports made from such templates always have them.
 */
function templateMisspelling(header: string): string | null {
  if (header.includes('Accommodation')) return header.replace('Accommodation', 'Accomodation');
  if (header.includes('Eligibility')) return header.replace('Eligibility', 'Eligibity');
  if (header.startsWith('Subject to Emergency Protection Order')) return `${header})`;
  return null;
}

/**
 * Another spelling of a column's header that the reader must still take as that column: the
 * known variants in annex-a-lists.ts, the template's misspellings, case, spacing, a doubled
 * closing bracket.
 */
export function headerVariant(rng: Rng, def: ColumnDef): string {
  const h = def.header;
  const options: string[] = [h.toLowerCase(), h.toUpperCase(), `${h} `, `${h}\u00a0`, ` ${h}`, h.replace(/ /g, '  '), h.replace(' ', '\u00a0')];
  if (h.endsWith(')')) options.push(`${h})`);
  if (h.includes('Accommodation')) options.push(h.replace('Accommodation', 'Accomodation'));
  if (h.includes('Eligibility')) options.push(h.replace('Eligibility', 'Eligibity'));
  for (const a of def.aliases ?? []) options.push(a);
  return rng.pick(options);
}

const EXTRA_COLUMNS: LayoutColumn[] = [
  { kind: 'extra', header: 'Source System', value: () => 'CMS' },
  { kind: 'extra', header: 'Notes', value: (rng) => (rng.chance(0.03) ? rng.pick(['see case file', 'checked', 'query with team']) : null) },
  { kind: 'extra', header: 'Locality', value: (rng) => rng.pick(['North', 'South', 'East', 'West']) },
  { kind: 'extra', header: 'Record Number', value: (_rng, row) => row + 1 },
  { kind: 'extra', header: 'Extracted By', value: () => 'Reporting Team' },
];
