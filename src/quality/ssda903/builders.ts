import type { Ssda903Table } from '../../model/ssda903.js';
import { addMonths, addYears, endOrYearEnd, headerDob, invalidDate } from './derive.js';
import { type Env, type Ssda903Rule, defineRule, hit, rowsWhere } from './rule.js';

interface FieldRuleSpec {
  readonly code: string;
  readonly message: string;
  readonly table: Ssda903Table;
  readonly field: string;
  /** Whether a blank is an error (the item is required) or allowed. */
  readonly blank: 'error' | 'allowed';
  readonly years?: { readonly from?: number; readonly to?: number };
}

/** A code-list rule: the field's value (upper-cased) must be one of the codes. */
export function codeRule(spec: FieldRuleSpec & { readonly codes: ReadonlySet<string> | ((e: Env) => ReadonlySet<string>) }): Ssda903Rule {
  return defineRule({
    code: spec.code,
    message: spec.message,
    tables: [spec.table],
    fields: [spec.field],
    years: spec.years,
    check: (e) => {
      const t = e.t[spec.table];
      const v = t.text(spec.field);
      const codes = typeof spec.codes === 'function' ? spec.codes(e) : spec.codes;
      const blankIsError = spec.blank === 'error';
      return rowsWhere(spec.code, t, [spec.field], (i) => {
        const x = v[i];
        return x === null || x === undefined ? blankIsError : !codes.has(x);
      });
    },
  });
}

/** A date-format rule: the field must be a dd/mm/yyyy date (or blank, when allowed). */
export function dateRule(spec: FieldRuleSpec): Ssda903Rule {
  return defineRule({
    code: spec.code,
    message: spec.message,
    tables: [spec.table],
    fields: [spec.field],
    years: spec.years,
    check: (e) => {
      const t = e.t[spec.table];
      const raw = t.raw(spec.field);
      const bad = invalidDate(t, spec.field);
      const blankIsError = spec.blank === 'error';
      return rowsWhere(spec.code, t, [spec.field], (i) => (raw[i] === null ? blankIsError : bad(i)));
    },
  });
}

/**
 * The child of a row of `table` must be in the Header (INT01–INT10): every table is keyed by
 * the child, and a child missing from the Header has no date of birth or sex to check against.
 */
export function inHeaderRule(code: string, table: Ssda903Table, years?: { from?: number }): Ssda903Rule {
  return defineRule({
    code,
    message: `Data Integrity Check: Child in ${table} does not exist in Header.`,
    tables: [table, 'Header'],
    fields: ['CHILD'],
    years,
    check: (e) => {
      const header = e.t.Header.byChild();
      const t = e.t[table];
      const ids = t.text('CHILD');
      return rowsWhere(code, t, ['CHILD'], (i) => {
        const id = ids[i];
        return id === null || id === undefined || !header.has(id);
      });
    },
  });
}

/** A table's date of birth must match the Header's (INT11–INT19). */
export function sameDobRule(code: string, table: Ssda903Table, years?: { from?: number }): Ssda903Rule {
  return defineRule({
    code,
    message: `Data Integrity Check: Child's DOB in ${table} is different to DOB in Header.`,
    tables: [table, 'Header'],
    fields: ['CHILD', 'DOB'],
    years,
    check: (e) => {
      const hDob = e.t.Header.raw('DOB');
      const header = e.t.Header.byChild();
      const t = e.t[table];
      const ids = t.text('CHILD');
      const dob = t.raw('DOB');
      return rowsWhere(code, t, ['CHILD', 'DOB'], (i) => {
        const rows = ids[i] ? header.get(ids[i] as string) : undefined;
        return rows !== undefined && (dob[i] ?? null) !== (hDob[rows[0] as number] ?? null);
      });
    },
  });
}

/** A child appears at most once in a table that holds one row per child (INT31–INT36). */
export function oneRowRule(code: string, table: Ssda903Table): Ssda903Rule {
  return defineRule({
    code,
    message: `Data Integrity Check: Child should only have one entry in the ${table} table.`,
    tables: [table],
    fields: ['CHILD'],
    check: (e) => {
      const t = e.t[table];
      const rows: number[] = [];
      for (const r of t.byChild().values()) if (r.length > 1) rows.push(...r);
      rows.sort((a, b) => a - b);
      return rows.map((i) => hit(code, t, i, ['CHILD']));
    },
  });
}

/** Children in a placement of these types must have reached `minAge` when the episode starts (370–374). */
export function placeAgeRule(code: string, message: string, places: readonly string[], minAge: number, years?: { from?: number; to?: number }): Ssda903Rule {
  const set = new Set(places);
  return defineRule({
    code,
    message,
    tables: ['Episodes', 'Header'],
    fields: ['PLACE', 'DECOM'],
    years,
    check: (e) => {
      const t = e.t.Episodes;
      const dob = headerDob(e.cur, t);
      const decom = t.day('DECOM');
      const place = t.text('PLACE');
      return rowsWhere(code, t, ['PLACE', 'DECOM'], (i) => set.has(place[i] ?? '') && (decom[i] as number) < addYears(dob[i] as number, minAge));
    },
  });
}

/** An episode in this placement type may last at most `maxDays` days (or months), the year's end standing in while open. */
export function placeDurationRule(code: string, message: string, place: string, max: { days?: number; months?: number }): Ssda903Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['PLACE', 'DECOM', 'DEC'],
    check: (e) => {
      const t = e.t.Episodes;
      const p = t.text('PLACE');
      const decom = t.day('DECOM');
      const dec = t.day('DEC');
      return rowsWhere(code, t, ['PLACE', 'DECOM', 'DEC'], (i) => {
        if (p[i] !== place || Number.isNaN(decom[i] as number)) return false;
        const end = endOrYearEnd(dec[i] as number, e.end);
        const limit = max.months !== undefined ? addMonths(decom[i] as number, max.months) : (decom[i] as number) + (max.days ?? 0);
        return end > limit;
      });
    },
  });
}

/** An episode ending for one of these reasons needs the child to be (`over`) or not yet be (`under`) the age on DEC (386–389, 407). */
export function ceasedAgeRule(code: string, message: string, reasons: readonly string[], age: number, wrongWhen: 'reached' | 'under'): Ssda903Rule {
  const set = new Set(reasons);
  return defineRule({
    code,
    message,
    tables: ['Episodes', 'Header'],
    fields: ['REC', 'DEC'],
    check: (e) => {
      const t = e.t.Episodes;
      const dob = headerDob(e.cur, t);
      const dec = t.day('DEC');
      const rec = t.text('REC');
      return rowsWhere(code, t, ['REC', 'DEC'], (i) => {
        if (!set.has(rec[i] ?? '')) return false;
        const birthday = addYears(dob[i] as number, age);
        return wrongWhen === 'reached' ? (dec[i] as number) >= birthday : (dec[i] as number) < birthday;
      });
    },
  });
}
