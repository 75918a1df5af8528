import { CIN_CENSUS_SOURCE, CIN_TABLES } from '../model/cin-census.js';
import type { IsoDate } from '../model/dates.js';
import { allCinRules, cinRulesFor } from '../quality/cin-census/index.js';
import type { CinCensusData } from '../quality/cin-census/rule-kit.js';
import { cinContext } from '../quality/cin-census/validate.js';
import { day, isNo, isYes } from '../quality/cin-census/values.js';
import { valuesText } from '../quality/returns/output.js';
import { type ValidationResult, runReturnRules } from '../quality/returns/return-rule.js';
import { createCalendar } from '../model/calendar.js';
import { CinCensusFileError, type CinReadResult, readCinCensus } from '../sources/cin-census/read-cin-census.js';
import type { CinChild } from '../sources/cin-census/records.js';
import type { BulkWriter, Database, SqlValue } from '../store/database.js';
import type { AsAtBasis, Extract } from '../store/extracts.js';
import { CIN_COLUMNS } from '../store/returns-cin-tables.js';
import { LoadError, loadExtract } from './extract-load.js';

export { CIN_CENSUS_SOURCE };

export interface LoadCinOptions {
  readonly file: string;
  /** The collection year; default: the file header's Year. */
  readonly year?: number;
  /** Overrides the as-at date (default: 31 March of the collection year). */
  readonly asAt?: IsoDate;
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /**
   * Also run the year's DfE rules and keep their findings with the extract (`check --extract`).
   * The rules compare children with each other, so the children are kept in memory meanwhile;
   * without it a load holds one child at a time.
   */
  readonly validate?: boolean;
}

export interface LoadCinResult {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  readonly notes: string[];
  readonly read: CinReadResult;
  readonly validation: ValidationResult | null;
  readonly replaced: Extract[];
  readonly timings: { hashMs: number; readMs: number; rulesMs: number; totalMs: number };
}

type Writers = Record<keyof typeof CIN_TABLES, BulkWriter>;

/**
 * Loads one CIN Census file as an extract of source `cin-census`, in one transaction: the
 * header, every child and its groups (every CPPreviewDate of every plan), and the schema
 * findings (rule `XSD`), plus the DfE rules' findings with `validate`. The as-at date is 31
 * March of the collection year (the census reference date) unless --as-at says otherwise; the
 * previous year's file is loaded the same way, as its own extract (as at the year before), and
 * the measures that look back a year read both.
 */
export async function loadCinCensus(db: Database, options: LoadCinOptions): Promise<LoadCinResult> {
  const t0 = performance.now();
  let read: CinReadResult | null = null;
  let validation: ValidationResult | null = null;
  let readMs = 0;
  let rulesMs = 0;
  const notes: string[] = [];
  const loaded = await loadExtract(db, { ...options, source: CIN_CENSUS_SOURCE, asAtFromName: false }, async (ctx) => {
    const writers = {} as Writers;
    for (const k of Object.keys(CIN_TABLES) as (keyof typeof CIN_TABLES)[]) {
      writers[k] = await db.bulkWriter(CIN_TABLES[k], CIN_COLUMNS[k].map((c) => ({ name: c.name, type: c.bulk })));
    }
    const kept: CinChild[] = [];
    const issues: CinCensusData['issues'][number][] = [];
    const counts = { children: 0, disabilities: 0, details: 0, assessments: 0, plans: 0, s47s: 0, cpPlans: 0, cpReviews: 0 };
    const r0 = performance.now();
    try {
      read = await readCinCensus(options.file, {
        child(c) {
          appendChild(writers, ctx.extractId, c, counts);
          if (options.validate) kept.push(c);
        },
        issue(i) {
          if (options.validate) issues.push(i);
          ctx.finding({ rule: 'XSD', severity: 'error', list: null, sheet: ctx.fileName, row: i.position, column: i.field, cell: null, childId: i.childId, value: i.value, message: `${i.table} ${i.field}: ${i.reason}` });
        },
      }, { year: options.year });
    } catch (e) {
      if (e instanceof CinCensusFileError) throw new LoadError(e.message);
      throw e;
    }
    const result: CinReadResult = read;
    const h = result.header;
    writers.header.append([
      ctx.extractId, result.year, result.yearBasis, h.collection, h.year, day(h.referenceDate), h.lea, h.softwareCode, h.release, h.serialNo, h.dateTime,
    ]);
    for (const w of Object.values(writers)) w.close();
    readMs = performance.now() - r0;

    const reference = `${result.year}-03-31`;
    if (!ctx.asAt) await ctx.setAsAt(reference, 'reference-date', `as-at date ${reference} is the census reference date (31 March of ${result.year})`);
    else if (ctx.asAt !== reference) notes.push(`warning: --as-at ${ctx.asAt} differs from the census reference date ${reference}`);
    if (h.referenceDate && h.referenceDate !== reference) notes.push(`warning: the header's ReferenceDate ${h.referenceDate} is not ${reference} (rule 100)`);

    if (options.validate) {
      const q0 = performance.now();
      const data: CinCensusData = { header: h, children: kept, issues, calendar: createCalendar() };
      validation = await runReturnRules(cinRulesFor(result.year).filter((r) => r.code !== 'XSD'), data, cinContext(result.year, h.lea), allCinRules().filter((r) => r.code !== 'XSD'));
      const kinds = new Map(validation.rules.map((r) => [r.code, r.kind]));
      for (const f of validation.findings) {
        ctx.finding({
          rule: f.code, severity: kinds.get(f.code) === 'query' ? 'warning' : 'error', list: null, sheet: ctx.fileName, row: f.row,
          column: f.fields.join(' '), cell: null, childId: f.child, value: valuesText(f).slice(0, 500), message: f.message,
        });
      }
      for (const r of validation.rules.filter((x) => x.status === 'failed-to-run')) {
        ctx.finding({ rule: r.code, severity: 'error', list: null, sheet: ctx.fileName, row: null, column: null, cell: null, childId: null, value: null, message: `rule ${r.code} failed to run: ${r.error ?? ''}` });
      }
      rulesMs = performance.now() - q0;
    }
    return { rowCounts: { ...counts }, layout: { encoding: result.encoding, year: result.year, yearBasis: result.yearBasis, unknownElements: result.unknownElements, preProceedings: result.preProceedings } };
  });
  if (!read) throw new LoadError('the census file was not read');
  return { extract: loaded.extract, asAtBasis: loaded.asAtBasis, notes: [...loaded.notes, ...notes], read, validation, replaced: loaded.replaced, timings: { hashMs: loaded.hashMs, readMs, rulesMs, totalMs: performance.now() - t0 } };
}

const yesNo = (t: string | null): boolean | null => (isYes(t) ? true : isNo(t) ? false : null);
const whole = (t: string | null): number | null => (t !== null && /^\d{1,4}$/.test(t) ? Number(t) : null);

function appendChild(w: Writers, extractId: number, c: CinChild, n: Record<string, number>): void {
  const key: SqlValue[] = [extractId, c.position, c.id];
  w.children.append([...key, c.line, c.upn, c.formerUpn, c.upnUnknown, day(c.birth), day(c.expectedBirth), c.sex, c.gender, day(c.death), c.ethnicity]);
  n.children = (n.children ?? 0) + 1;
  c.disabilities.forEach((d, i) => w.disabilities.append([...key, i + 1, d]));
  n.disabilities = (n.disabilities ?? 0) + c.disabilities.length;
  for (const e of c.episodes) {
    const ek = [...key, e.seq];
    w.details.append([...ek, day(e.referral), e.source, e.need, day(e.closure), e.closeReason, day(e.icpc), yesNo(e.nfa), e.nfa]);
    for (const a of e.assessments) w.assessments.append([...ek, a.seq, day(a.start), day(a.review), day(a.auth), a.factors.length ? a.factors.join(',') : null]);
    for (const p of e.plans) w.plans.append([...ek, p.seq, day(p.start), day(p.end)]);
    for (const s of e.s47s) w.s47s.append([...ek, s.seq, day(s.start), day(s.target), day(s.icpc), yesNo(s.notRequired)]);
    for (const p of e.cpps) {
      w.cpPlans.append([...ek, p.seq, day(p.start), day(p.end), p.initial, p.latest, whole(p.previous)]);
      p.reviews.forEach((r, i) => w.cpReviews.append([...ek, p.seq, i + 1, day(r)]));
      n.cpReviews = (n.cpReviews ?? 0) + p.reviews.length;
    }
    n.details = (n.details ?? 0) + 1;
    n.assessments = (n.assessments ?? 0) + e.assessments.length;
    n.plans = (n.plans ?? 0) + e.plans.length;
    n.s47s = (n.s47s ?? 0) + e.s47s.length;
    n.cpPlans = (n.cpPlans ?? 0) + e.cpps.length;
  }
}
