import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../model/dates.js';
import { UserError } from '../user-error.js';
import { WebConfigSchema } from './web-config.js';
import { PackConfigSchema } from './pack-config.js';

/**
 * The local authority's configuration file (YAML or JSON). Everything has a default, so a
 * missing file is a valid configuration; a present file is validated with clear messages.
 */
const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

const financialYearLabel = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .refine((v) => /^\d{4}\/\d{2}$/.test(v) && (Number(v.slice(0, 4)) + 1) % 100 === Number(v.slice(5)), {
    message: 'expected a financial year such as 2025/26',
  });

/**
 * Visit, review and supervision standards that differ between authorities; the defaults are
 * the statutory or most common ones.
 */
export const StandardsSchema = z
  .object({
    /** A CP plan's statutory visit is due within this many working days (10 common, 20 in some LAs). */
    cpVisitWorkingDays: z.number().int().min(1).max(60).default(10),
    /** A CIN plan's visit: every N working days, or every N weeks. */
    cinVisit: z
      .object({ every: z.number().int().min(1).max(120), unit: z.enum(['working-days', 'weeks']) })
      .strict()
      .default({ every: 20, unit: 'working-days' }),
    /** Reg 28: a looked-after child's visit at least every 6 weeks. */
    claVisitWeeks: z.number().int().min(1).max(26).default(6),
    /** CP review conferences at most this many months apart (first within 3 months of the ICPC). */
    cpReviewMonths: z.number().int().min(1).max(12).default(6),
    /** Reg 33: CLA reviews at most this many months apart after the second. */
    claReviewMonths: z.number().int().min(1).max(12).default(6),
    /** Supervision of a case-holding worker at least every N weeks. */
    supervisionWeeks: z.number().int().min(1).max(26).default(4),
    /** Management oversight recorded on an open case at least every N weeks. */
    oversightWeeks: z.number().int().min(1).max(26).default(4),
  })
  .strict();

export type Standards = z.infer<typeof StandardsSchema>;

const TargetSchema = z
  .object({
    /** First financial year the target applies to (until a later entry replaces it). */
    from: financialYearLabel.optional(),
    minimum: z.number().nullable().optional(),
    upper: z.number().nullable().optional(),
  })
  .strict();

export type TargetEntry = z.infer<typeof TargetSchema>;

export const ConfigSchema = z
  .object({
    authority: z.string().min(1).optional(),
    /** Local office closure days, not working days for timescales (added to bank holidays). */
    closures: z.array(isoDate).default([]),
    standards: StandardsSchema.default(StandardsSchema.parse({})),
    /** ONS mid-year estimates of children aged 0–17, by calendar year: rates per 10,000 use them. */
    population: z.record(z.string().regex(/^\d{4}$/, 'expected a year such as 2025'), z.number().int().positive()).default({}),
    /** Per measure id: a minimum and an upper target, or a list of them by financial year. */
    targets: z.record(z.string(), z.union([TargetSchema, z.array(TargetSchema)])).default({}),
    /** The web dashboard: inbox, sessions, sign-in with an identity provider (see web-config.ts). */
    web: WebConfigSchema.prefault({}),
    /** The committee pack's cover report and measures in focus (see pack-config.ts). */
    pack: PackConfigSchema.prefault({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_CONFIG_FILE = 'csc-scorecard.yaml';

export class ConfigError extends UserError {}

export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (e) {
    throw new ConfigError(`${file}: not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
    throw new ConfigError(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Reads `file`, or the default file when present, or returns the defaults. */
export function loadConfig(file?: string): Config {
  const path = file ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : null);
  if (!path) return ConfigSchema.parse({});
  if (!existsSync(path)) throw new ConfigError(`${path}: configuration file not found`);
  return parseConfig(readFileSync(path, 'utf8'), path);
}
