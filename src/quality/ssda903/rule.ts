import { isoToDay } from '../../model/dates.js';
import type { Ssda903Table } from '../../model/ssda903.js';
import type { ReturnTable, Ssda903Return } from '../../sources/ssda903/table.js';
import type { ReturnFinding, ReturnRule, ReturnRuleContext } from '../returns/return-rule.js';

/** What every SSDA903 rule reads: this year's return and, when given, last year's. */
export interface Ssda903Data {
  readonly current: Ssda903Return;
  readonly previous: Ssda903Return | null;
}

export interface Ssda903Rule extends ReturnRule<Ssda903Data> {
  /** Compares with last year's return: not applicable when none is given. */
  readonly previousYear?: boolean;
}

/** A rule's view of the data: this year's tables, last year's (or null), and the year's bounds as day numbers. */
export interface Env {
  readonly t: Readonly<Record<Ssda903Table, ReturnTable>>;
  readonly cur: Ssda903Return;
  readonly prev: Ssda903Return | null;
  readonly year: number;
  /** 1 April and 31 March of the collection year. */
  readonly start: number;
  readonly end: number;
  readonly ctx: ReturnRuleContext;
}

const envs = new WeakMap<Ssda903Data, Map<string, Env>>();

export function envOf(data: Ssda903Data, ctx: ReturnRuleContext): Env {
  let byCtx = envs.get(data);
  if (!byCtx) envs.set(data, (byCtx = new Map()));
  const key = `${ctx.year}|${ctx.yearStart}|${ctx.yearEnd}`;
  let e = byCtx.get(key);
  if (!e) {
    e = { t: data.current.tables, cur: data.current, prev: data.previous, year: ctx.year, start: isoToDay(ctx.yearStart), end: isoToDay(ctx.yearEnd), ctx };
    byCtx.set(key, e);
  }
  return e;
}

export interface RuleSpec {
  readonly code: string;
  readonly message: string;
  readonly tables: readonly Ssda903Table[];
  readonly fields: readonly string[];
  readonly years?: { readonly from?: number; readonly to?: number };
  readonly previousYear?: boolean;
  readonly check: (e: Env) => ReturnFinding[];
}

/** An SSDA903 rule (every one is an error: the return has no queries). */
export function defineRule(spec: RuleSpec): Ssda903Rule {
  return {
    code: spec.code,
    message: spec.message,
    kind: 'error',
    tables: spec.tables,
    fields: spec.fields,
    years: spec.years ?? {},
    previousYear: spec.previousYear,
    check: (data, ctx) => spec.check(envOf(data, ctx)),
  };
}

/** A finding on row `i` of a table, with the values of those `fields` the table has, as the file held them. */
export function hit(code: string, t: ReturnTable, i: number, fields: readonly string[]): ReturnFinding {
  const values: Record<string, string | null> = {};
  const own = fields.filter((f) => t.has(f));
  for (const f of own) values[f] = t.raw(f)[i] ?? null;
  return { code, child: t.has('CHILD') ? (t.raw('CHILD')[i] ?? null) : null, table: t.name, row: t.rowNumbers[i] ?? null, fields: own, values };
}

/** Findings for the rows of `t` where `test` holds. */
export function rowsWhere(code: string, t: ReturnTable, fields: readonly string[], test: (i: number) => boolean): ReturnFinding[] {
  const out: ReturnFinding[] = [];
  const n = t.length;
  for (let i = 0; i < n; i++) if (test(i)) out.push(hit(code, t, i, fields));
  return out;
}

/** Findings for the given rows of `t` (each once, in order). */
export function rowsAt(code: string, t: ReturnTable, fields: readonly string[], rows: Iterable<number>): ReturnFinding[] {
  return [...new Set(rows)].sort((a, b) => a - b).map((i) => hit(code, t, i, fields));
}

/** Blank (null) or not. */
export const filled = (v: string | null | undefined): v is string => v !== null && v !== undefined;
