import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { Measure } from '../measures/measure.js';
import { THEME_TITLES } from '../measures/measure.js';
import type { Database } from '../store/database.js';
import { UserError } from '../user-error.js';
import { BENCHMARK_GROUPS, type BenchmarkGroup } from './benchmarks.js';
import { type Commentary, validateCommentary } from './commentary.js';

/** Rows of a small CSV (header row first) or a YAML/JSON list of objects, keys lower-cased. */
async function readRecords(file: string): Promise<Record<string, string>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`${file}: file not found`);
  }
  const ext = extname(file).toLowerCase();
  let records: unknown;
  try {
    records =
      ext === '.csv'
        ? parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: false })
        : parseYaml(text);
  } catch (e) {
    throw new UserError(`${basename(file)}: cannot be read as ${ext === '.csv' ? 'CSV' : 'YAML or JSON'}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(records)) throw new UserError(`${basename(file)}: expected a list of entries`);
  return records.map((r) =>
    Object.fromEntries(Object.entries(r as Record<string, unknown>).map(([k, v]) => [k.toLowerCase().replace(/[\s-]+/g, '_'), v === null || v === undefined ? '' : String(v)])),
  );
}

/** Commentary entries from a file: measure (or theme), month, area_of_focus, response, update, author, date. */
export async function readCommentaryFile(file: string, catalogue: readonly Measure[]): Promise<Commentary[]> {
  const subjects = new Set([...catalogue.map((m) => m.id), ...Object.keys(THEME_TITLES).map((t) => `theme:${t}`)]);
  const records = await readRecords(file);
  return records.map((r, i) =>
    validateCommentary(
      {
        subject: r.measure || (r.theme ? `theme:${r.theme.replace(/^theme:/, '')}` : ''),
        month: r.month,
        areaOfFocus: r.area_of_focus ?? r.focus,
        response: r.response,
        update: r.update,
        author: r.author,
        writtenOn: r.date || r.written_on || undefined,
      },
      `${basename(file)} entry ${i + 1}`,
      subjects,
    ),
  );
}

/**
 * Loads statistical-neighbour, regional (or newer England) benchmarks from a CSV with columns
 * measure, benchmark (england, statistical-neighbours or region), value, year, source and an
 * optional label. The file is checked whole before anything is stored.
 */
export async function loadBenchmarksFile(db: Database, file: string, catalogue: readonly Measure[]): Promise<number> {
  const records = await readRecords(file);
  const name = basename(file);
  const problems: string[] = [];
  const rows = records.map((r, i) => {
    const where = `row ${i + 2}`;
    const m = catalogue.find((x) => x.id === r.measure);
    if (!m) problems.push(`${where}: "${r.measure ?? ''}" is not a measure id`);
    const group = (r.benchmark ?? '').toLowerCase().replace(/\s+/g, '-');
    if (!BENCHMARK_GROUPS.includes(group as BenchmarkGroup)) problems.push(`${where}: benchmark "${r.benchmark ?? ''}" is not one of ${BENCHMARK_GROUPS.join(', ')}`);
    const value = Number((r.value ?? '').replace(/%$/, ''));
    if (r.value === undefined || r.value === '' || !Number.isFinite(value)) problems.push(`${where}: value "${r.value ?? ''}" is not a number`);
    if (!/^\d{4}(\/\d{2})?$/.test(r.year ?? '')) problems.push(`${where}: year "${r.year ?? ''}" is not like 2024/25 or 2024`);
    if (!r.source) problems.push(`${where}: no source`);
    return [r.measure ?? '', group, r.label || group, r.year ?? '', value, r.source ?? '', name, new Date().toISOString()] as const;
  });
  if (problems.length) throw new UserError(`${name}: ${problems.slice(0, 20).join('; ')}${problems.length > 20 ? ` … and ${problems.length - 20} more` : ''}`);
  await db.transaction(async () => {
    for (const r of rows) {
      await db.run('DELETE FROM benchmarks WHERE measure_id = $1 AND benchmark = $2 AND year = $3', [r[0], r[1], r[3]]);
      await db.run('INSERT INTO benchmarks VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [...r]);
    }
  });
  return rows.length;
}
