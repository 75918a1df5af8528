import type { MeasureValue } from '../measures/engine.js';
import type { Database } from '../store/database.js';
import { UserError } from '../user-error.js';

/** A figure as it was published (frozen) for a month, before any later recalculation. */
export interface PublishedFigure {
  readonly measureId: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly coverage: boolean;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

export async function publishedMonths(db: Database): Promise<{ month: string; publishedAt: string; figures: number }[]> {
  return db.all(
    'SELECT month, min(published_at) AS "publishedAt", CAST(count(*) AS INTEGER) AS figures FROM published_figures GROUP BY month ORDER BY month',
  );
}

/** Freezes a month's figures. A month already published is refused unless `replace`. */
export async function freezeMonth(
  db: Database,
  month: string,
  figures: readonly (MeasureValue & { coverage: boolean })[],
  options: { replace?: boolean; by?: string | null } = {},
): Promise<void> {
  await db.transaction(async () => {
    const existing = await db.all<{ n: number }>('SELECT count(*) AS n FROM published_figures WHERE month = $1', [month]);
    if ((existing[0]?.n ?? 0) > 0) {
      if (!options.replace) throw new UserError(`${month} is already published; use --replace to publish it again (the earlier figures are then lost)`);
      await db.run('DELETE FROM published_figures WHERE month = $1', [month]);
    }
    const at = new Date().toISOString();
    const w = await db.bulkWriter('published_figures', [
      { name: 'month', type: 'text' },
      { name: 'measure_id', type: 'text' },
      { name: 'as_at', type: 'date' },
      { name: 'extract_id', type: 'integer' },
      { name: 'value', type: 'double' },
      { name: 'numerator', type: 'double' },
      { name: 'denominator', type: 'double' },
      { name: 'coverage', type: 'boolean' },
      { name: 'published_at', type: 'text' },
      { name: 'published_by', type: 'text' },
    ]);
    for (const f of figures) {
      const day = Math.round(Date.parse(`${f.asAt}T00:00:00Z`) / 86_400_000);
      w.append([month, f.id, day, f.extractId, f.value, f.numerator, f.denominator, f.coverage, at, options.by ?? null]);
    }
    w.close();
  });
}

export async function publishedFor(db: Database, month: string): Promise<Map<string, PublishedFigure>> {
  const rows = await db.all<{ measure_id: string; value: number | null; numerator: number | null; denominator: number | null; coverage: boolean; published_at: string; published_by: string | null }>(
    'SELECT measure_id, value, numerator, denominator, coverage, published_at, published_by FROM published_figures WHERE month = $1',
    [month],
  );
  return new Map(
    rows.map((r) => [
      r.measure_id,
      { measureId: r.measure_id, value: r.value, numerator: r.numerator, denominator: r.denominator, coverage: r.coverage, publishedAt: r.published_at, publishedBy: r.published_by },
    ]),
  );
}
