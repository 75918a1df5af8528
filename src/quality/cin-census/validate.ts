import { type WorkingDayCalendar, createCalendar } from '../../model/calendar.js';
import { type CinReadResult, readCinCensus } from '../../sources/cin-census/read-cin-census.js';
import type { CinChild, CinSchemaIssue } from '../../sources/cin-census/records.js';
import { type ReturnRuleContext, type ValidationResult, runReturnRules } from '../returns/return-rule.js';
import { allCinRules, cinRulesFor } from './index.js';
import type { CinCensusData, CinRule } from './rule-kit.js';

export interface ValidateCinOptions {
  /** The collection year (2025 = April 2024 to March 2025); default: the file header's Year. */
  readonly year?: number;
  /** Default: England and Wales bank holidays only, which is what the DfE validator counts. */
  readonly calendar?: WorkingDayCalendar;
  /** Rules to run instead of the year's (tests). */
  readonly rules?: readonly CinRule[];
}

export interface CinValidation {
  readonly read: CinReadResult;
  readonly context: ReturnRuleContext;
  readonly result: ValidationResult;
  readonly timings: { readMs: number; rulesMs: number };
}

/** The context of a collection year: 1 April to 31 March. */
export function cinContext(year: number, la: string | null = null): ReturnRuleContext {
  return { year, yearStart: `${year - 1}-04-01`, yearEnd: `${year}-03-31`, la };
}

/**
 * Validates a CIN Census file against the rules of its collection year. The reader streams the
 * file; the children are kept in their compact form (text values, no XML tree), because rules
 * compare children with each other (unique identifiers) and the return as a whole (shares of
 * children). Throws CinCensusFileError when the file cannot be read as a census at all.
 */
export async function validateCinCensus(file: string, options: ValidateCinOptions = {}): Promise<CinValidation> {
  const t0 = performance.now();
  const children: CinChild[] = [];
  const issues: CinSchemaIssue[] = [];
  const read = await readCinCensus(file, { child: (c) => children.push(c), issue: (i) => issues.push(i) }, { year: options.year });
  const t1 = performance.now();
  const data: CinCensusData = { header: read.header, children, issues, calendar: options.calendar ?? createCalendar() };
  const context = cinContext(read.year, read.header.lea);
  const rules = options.rules ?? cinRulesFor(read.year);
  const result = await runReturnRules(rules, data, context, options.rules ?? allCinRules());
  return { read, context, result, timings: { readMs: t1 - t0, rulesMs: performance.now() - t1 } };
}
