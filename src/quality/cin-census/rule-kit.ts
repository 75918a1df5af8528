import type { WorkingDayCalendar } from '../../model/calendar.js';
import { isoToDay } from '../../model/dates.js';
import type { CinAssessment, CinChild, CinCpp, CinEpisode, CinHeader, CinPlan, CinS47, CinSchemaIssue, Text } from '../../sources/cin-census/records.js';
import type { ReturnFinding, ReturnRule, ReturnRuleContext, YearLayer } from '../returns/return-rule.js';

/**
 * What every CIN Census rule reads: the header, the children as the file holds them (see
 * sources/cin-census/records.ts), the schema issues the reader found, and the working-day
 * calendar (England and Wales bank holidays: the DfE validator counts those and nothing else).
 */
export interface CinCensusData {
  readonly header: CinHeader;
  readonly children: readonly CinChild[];
  readonly issues: readonly CinSchemaIssue[];
  readonly calendar: WorkingDayCalendar;
}

export type CinRule = ReturnRule<CinCensusData>;

/** Identity, for typing a rule literal. */
export function cinRule(rule: CinRule): CinRule {
  return rule;
}

/**
 * The census year as day numbers: 1 April to the reference date, 31 March. The collection year
 * decides it (never the header's ReferenceDate, which rule 100 checks), so that one wrong header
 * date cannot shift every other rule.
 */
export function census(ctx: ReturnRuleContext): { start: number; end: number } {
  // Rules ask for every row; parse the context's dates once per context.
  let c = censusMemo.get(ctx);
  if (!c) censusMemo.set(ctx, (c = { start: isoToDay(ctx.yearStart), end: isoToDay(ctx.yearEnd) }));
  return c;
}
const censusMemo = new WeakMap<ReturnRuleContext, { start: number; end: number }>();

/** `day` within the census year (both ends included). */
export function inCensus(ctx: ReturnRuleContext, d: number): boolean {
  const c = census(ctx);
  return d >= c.start && d <= c.end;
}

/**
 * The day `n` working days before `iso` counting as the DfE validator does (pandas
 * CustomBusinessDay with England bank holidays): step back one day at a time, counting only
 * working days. From a weekend or holiday the first step lands on the working day before.
 */
export function workingDaysBefore(calendar: WorkingDayCalendar, iso: string, n: number): number {
  return isoToDay(calendar.addWorkingDays(iso, -n));
}

/** A finding on a child (or the whole return when `child` is null): values keyed by element. */
export function hit(code: string, child: CinChild | null, table: string, values: Readonly<Record<string, Text>>): ReturnFinding {
  return { code, child: child?.id ?? null, table, row: child?.position ?? null, fields: Object.keys(values), values };
}

type Out = ReturnFinding[];

export function eachChild(data: CinCensusData, f: (c: CinChild, out: Out) => void): Out {
  const out: Out = [];
  for (const c of data.children) f(c, out);
  return out;
}

/**
 * The return's groups as flat lists, each item with the child and episode it belongs to, built
 * once per return and shared by every rule: a rule about CP plans walks the plans (a few in a
 * hundred children have one) instead of every child and episode of the return.
 */
export interface CinIndex {
  readonly episodes: readonly { readonly c: CinChild; readonly e: CinEpisode }[];
  readonly assessments: readonly { readonly c: CinChild; readonly e: CinEpisode; readonly a: CinAssessment }[];
  readonly plans: readonly { readonly c: CinChild; readonly e: CinEpisode; readonly p: CinPlan }[];
  readonly s47s: readonly { readonly c: CinChild; readonly e: CinEpisode; readonly s: CinS47 }[];
  readonly cpps: readonly { readonly c: CinChild; readonly e: CinEpisode; readonly p: CinCpp }[];
  /** Children with at least one CIN plan, s47 enquiry, CP plan. */
  readonly withPlans: readonly CinChild[];
  readonly withS47s: readonly CinChild[];
  readonly withCpps: readonly CinChild[];
}

const indexMemo = new WeakMap<CinCensusData, CinIndex>();

export function cinIndex(data: CinCensusData): CinIndex {
  const known = indexMemo.get(data);
  if (known) return known;
  const episodes: { c: CinChild; e: CinEpisode }[] = [];
  const assessments: { c: CinChild; e: CinEpisode; a: CinAssessment }[] = [];
  const plans: { c: CinChild; e: CinEpisode; p: CinPlan }[] = [];
  const s47s: { c: CinChild; e: CinEpisode; s: CinS47 }[] = [];
  const cpps: { c: CinChild; e: CinEpisode; p: CinCpp }[] = [];
  const withPlans = new Set<CinChild>();
  const withS47s = new Set<CinChild>();
  const withCpps = new Set<CinChild>();
  for (const c of data.children) {
    for (const e of c.episodes) {
      episodes.push({ c, e });
      for (const a of e.assessments) assessments.push({ c, e, a });
      for (const p of e.plans) plans.push({ c, e, p });
      for (const s of e.s47s) s47s.push({ c, e, s });
      for (const p of e.cpps) cpps.push({ c, e, p });
      if (e.plans.length > 0) withPlans.add(c);
      if (e.s47s.length > 0) withS47s.add(c);
      if (e.cpps.length > 0) withCpps.add(c);
    }
  }
  const index = { episodes, assessments, plans, s47s, cpps, withPlans: [...withPlans], withS47s: [...withS47s], withCpps: [...withCpps] };
  indexMemo.set(data, index);
  return index;
}

export function eachEpisode(data: CinCensusData, f: (c: CinChild, e: CinEpisode, out: Out) => void): Out {
  const out: Out = [];
  for (const x of cinIndex(data).episodes) f(x.c, x.e, out);
  return out;
}

export function eachAssessment(data: CinCensusData, f: (c: CinChild, e: CinEpisode, a: CinAssessment, out: Out) => void): Out {
  const out: Out = [];
  for (const x of cinIndex(data).assessments) f(x.c, x.e, x.a, out);
  return out;
}

export function eachPlan(data: CinCensusData, f: (c: CinChild, e: CinEpisode, p: CinPlan, out: Out) => void): Out {
  const out: Out = [];
  for (const x of cinIndex(data).plans) f(x.c, x.e, x.p, out);
  return out;
}

export function eachS47(data: CinCensusData, f: (c: CinChild, e: CinEpisode, s: CinS47, out: Out) => void): Out {
  const out: Out = [];
  for (const x of cinIndex(data).s47s) f(x.c, x.e, x.s, out);
  return out;
}

export function eachCpp(data: CinCensusData, f: (c: CinChild, e: CinEpisode, p: CinCpp, out: Out) => void): Out {
  const out: Out = [];
  for (const x of cinIndex(data).cpps) f(x.c, x.e, x.p, out);
  return out;
}

/** Each child that has at least one of `what`, in file order. */
export function eachChildWith(data: CinCensusData, what: 'plans' | 's47s' | 'cpps', f: (c: CinChild, out: Out) => void): Out {
  const idx = cinIndex(data);
  const out: Out = [];
  for (const c of what === 'plans' ? idx.withPlans : what === 's47s' ? idx.withS47s : idx.withCpps) f(c, out);
  return out;
}

/** Every item of a kind across the child's episodes, with the episode it belongs to. */
export function allOf<T>(c: CinChild, pick: (e: CinEpisode) => readonly T[]): { e: CinEpisode; item: T }[] {
  return c.episodes.flatMap((e) => pick(e).map((item) => ({ e, item })));
}

export type CinYearLayer = YearLayer<CinCensusData>;
