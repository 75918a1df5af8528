import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../model/dates.js';
import { UserError } from '../user-error.js';

/**
 * The local authority's configuration file (YAML or JSON). Everything has a default, so a
 * missing file is a valid configuration; a present file is validated with clear messages.
 */
const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

export const ConfigSchema = z
  .object({
    authority: z.string().min(1).optional(),
    /** Local office closure days, not working days for timescales (added to bank holidays). */
    closures: z.array(isoDate).default([]),
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
