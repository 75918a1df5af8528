import type { CohortRow } from '../../measures/engine.js';
import type { Measure } from '../../measures/measure.js';
import { isIsoDate } from '../../model/dates.js';
import { escapeHtml as e } from '../../publish/escape-html.js';
import { longDate } from '../../publish/scorecard-labels.js';

/** The filters and order of a drill-down list, from the address (and the sealed search). */
export interface DrillQuery {
  readonly team: string | null;
  /** yes: only rows in the numerator; no: only rows outside it. */
  readonly numerator: 'all' | 'yes' | 'no';
  /** Text searched in the child id and the worker (typed by the user; kept out of addresses). */
  readonly search: string | null;
  readonly sort: string;
  readonly dir: 'asc' | 'desc';
}

export const PAGE_SIZE = 50;

/** Columns a list can be sorted by: the fixed ones and the measure's own date columns. */
export function sortKeys(m: Measure): string[] {
  return ['child_id', 'team', 'worker', 'in_numerator', 'reason', ...m.details.map((d) => d.key)];
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The rows the filters keep, in the order asked for (the engine's order when none). */
export function filterAndSort(rows: readonly CohortRow[], q: DrillQuery): CohortRow[] {
  const team = q.team?.toLowerCase() ?? null;
  const search = q.search?.toLowerCase() ?? null;
  const kept = rows.filter(
    (r) =>
      (team === null || (r.team ?? '').toLowerCase() === team) &&
      (q.numerator === 'all' || r.in_numerator === (q.numerator === 'yes')) &&
      (search === null || r.child_id.toLowerCase().includes(search) || (r.worker ?? '').toLowerCase().includes(search)),
  );
  if (q.sort === 'default') return kept;
  const sign = q.dir === 'desc' ? -1 : 1;
  return kept.sort((a, b) => sign * compare(a[q.sort], b[q.sort]) || compare(a.child_id, b.child_id) || a.row_number - b.row_number);
}

export interface DrillRowView {
  readonly href: string;
  readonly childId: string;
  readonly team: string;
  readonly worker: string;
  readonly inNumerator: string;
  readonly reason: string;
  readonly details: string[];
  readonly where: string;
}

/** A cell as the list shows it: dates written out, flags as yes or no. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'string' && isIsoDate(v)) return longDate(v);
  return String(v);
}

const formatted = new WeakMap<CohortRow, Omit<DrillRowView, 'href'>>();

/** A row as the list shows it; the words are worked out once per cached row, the link per session. */
export function drillRowView(r: CohortRow, m: Measure, href: string): DrillRowView {
  let f = formatted.get(r);
  if (!f) {
    f = {
      childId: r.child_id,
      team: cellText(r.team),
      worker: cellText(r.worker),
      inNumerator: r.in_numerator ? 'Yes' : 'No',
      reason: cellText(r.reason),
      details: m.details.map((d) => cellText(r[d.key])),
      where: `${r.sheet}, row ${r.row_number}`,
    };
    formatted.set(r, f);
  }
  return { ...f, href };
}

/** How many rows of a list are in the numerator, counted once per cached list. */
const numeratorCounts = new WeakMap<readonly CohortRow[], number>();
export function numeratorCount(rows: readonly CohortRow[]): number {
  let n = numeratorCounts.get(rows);
  if (n === undefined) {
    n = rows.filter((r) => r.in_numerator).length;
    numeratorCounts.set(rows, n);
  }
  return n;
}

/** Header and rows of an export (CSV or XLSX): raw values, one row per cohort row. */
export function exportTable(rows: readonly CohortRow[], m: Measure): { header: string[]; rows: (string | number | boolean | null)[][] } {
  const keys = ['child_id', 'team', 'worker', 'in_numerator', 'reason', ...m.details.map((d) => d.key), 'sheet', 'row_number'];
  return {
    header: ['Child', 'Team', 'Worker', 'In numerator', 'Reason', ...m.details.map((d) => d.label), 'Sheet', 'Row'],
    rows: rows.map((r) => keys.map((k) => (r[k] === undefined ? null : (r[k] as string | number | boolean | null)))),
  };
}

/** Each row's HTML either side of its link (the link is the session's; the rest is the same for everyone). */
const rowHtml = new WeakMap<CohortRow, readonly [string, string]>();

function rowParts(r: CohortRow, m: Measure): readonly [string, string] {
  let parts = rowHtml.get(r);
  if (!parts) {
    const v = drillRowView(r, m, '');
    const cell = (text: string, cls = '') => `<td class="govuk-table__cell${cls}">${e(text)}</td>`;
    parts = [
      '<tr class="govuk-table__row"><th scope="row" class="govuk-table__header"><a class="govuk-link" href="',
      `">${e(v.childId)}</a></th>${cell(v.team)}${cell(v.worker)}${cell(v.inNumerator)}${cell(v.reason)}${v.details.map((d) => cell(d, ' app-nowrap')).join('')}${cell(v.where, ' app-nowrap')}</tr>`,
    ];
    rowHtml.set(r, parts);
  }
  return parts;
}

/**
 * The list's body as HTML, built here rather than in the template: it is the one part of a
 * page rendered afresh on every request (its links are sealed for the session), so each row's
 * HTML is made once and only the link is put in per request.
 */
export function drillBodyHtml(rows: readonly CohortRow[], m: Measure, href: (r: CohortRow) => string): string {
  let out = '<tbody class="govuk-table__body">';
  for (const r of rows) {
    const [before, after] = rowParts(r, m);
    out += before + e(href(r)) + after;
  }
  return `${out}</tbody>`;
}
