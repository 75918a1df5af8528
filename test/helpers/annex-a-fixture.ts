import { join } from 'node:path';
import { listByNumber } from '../../src/model/annex-a-lists.js';
import { type IsoDate, isIsoDate, isoToDay } from '../../src/model/dates.js';
import { loadAnnexA } from '../../src/jobs/load-annex-a.js';
import { parseConfig } from '../../src/config/config.js';
import { CORE_MEASURES, buildCatalogue, measureById } from '../../src/measures/catalogue/index.js';
import type { Measure } from '../../src/measures/measure.js';
import { type CohortRow, type MeasureValue, breakdown, drill, evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import { type Store, openStore } from '../../src/store/store.js';
import { type OutCell, writeWorkbook } from '../../src/synthetic/xlsx-writer.js';
import { tempDir } from './temp-dir.js';

/**
 * Hand-made Annex A fixtures: each list is given as rows of `{ column key: value }`. An ISO
 * date string in a date column becomes a real Excel date cell; any other value is written as
 * given (so a test can write '31/02/2024', 45351 or '#N/A' exactly as a file might hold it).
 */
export type FixtureRow = Record<string, string | number | null | OutCell>;
export type FixtureLists = Partial<Record<number, FixtureRow[]>>;

export async function writeFixture(path: string, lists: FixtureLists): Promise<void> {
  const sheets = Object.entries(lists).map(([n, rows]) => {
    const list = listByNumber(Number(n));
    return {
      name: `List ${list.number}`,
      header: list.columns.map((c) => c.header),
      rows: (rows ?? []).map((r) =>
        list.columns.map((c): OutCell => {
          const v = r[c.key];
          if (v === undefined || v === null) return null;
          if (c.type === 'date' && typeof v === 'string' && isIsoDate(v)) return { kind: 'date', day: isoToDay(v) };
          return v as OutCell;
        }),
      ),
    };
  });
  await writeWorkbook(path, sheets);
}

export interface LoadedFixture {
  readonly store: Store;
  readonly dir: string;
  /** Every core measure at D, by id. */
  values(asAt: IsoDate, team?: string): Promise<Record<string, MeasureValue>>;
  value(id: string, asAt: IsoDate): Promise<MeasureValue>;
  drill(id: string, asAt: IsoDate, team?: string): Promise<CohortRow[]>;
  breakdown(id: string, asAt: IsoDate, by: 'team' | 'worker'): ReturnType<typeof breakdown>;
  close(): Promise<void>;
}

/** Writes the lists as one workbook, loads it as at D into a fresh store. */
export async function loadFixture(lists: FixtureLists, asAt: IsoDate, options: FixtureOptions = {}): Promise<LoadedFixture> {
  return loadFixtures([{ lists, asAt }], options);
}

export interface FixtureOptions {
  readonly closures?: IsoDate[];
  /** The measures `value`, `values`, `drill` and `breakdown` look ids up in (default: the whole catalogue). */
  readonly measures?: readonly Measure[];
  /** Children aged 0–17, for rates per 10,000. */
  readonly population?: number;
}

/** Several monthly extracts, each written as its own workbook and loaded in order. */
export async function loadFixtures(extracts: readonly { lists: FixtureLists; asAt: IsoDate }[], options: FixtureOptions = {}): Promise<LoadedFixture> {
  const { dir, cleanup } = await tempDir('csc-fixture-');
  const store = await openStore(join(dir, 'store.duckdb'), { closures: options.closures ?? [] });
  for (const [i, e] of extracts.entries()) {
    const file = join(dir, `annex-a-${i}.xlsx`);
    await writeFixture(file, e.lists);
    await loadAnnexA(store.db, { file, asAt: e.asAt, loadedBy: 'test' });
  }
  const catalogue = options.measures ?? buildCatalogue({ standards: parseConfig('', 'test').standards });
  const context = { population: () => options.population ?? null };
  const point = async (d: IsoDate) => {
    const { points } = await resolveAsAt(store.db, [d]);
    const p = points[0];
    if (!p) throw new Error(`no extract at ${d}`);
    return p;
  };
  const measure = (id: string) => {
    const m = measureById(id, catalogue);
    if (!m) throw new Error(`no measure ${id}`);
    return m;
  };
  return {
    store,
    dir,
    async values(d, team) {
      const rows = await evaluateMeasures(store.db, [await point(d)], CORE_MEASURES, team ? { team } : {}, context);
      return Object.fromEntries(rows.map((r) => [r.id, r]));
    },
    async value(id, d) {
      const rows = await evaluateMeasures(store.db, [await point(d)], [measure(id)], {}, context);
      return rows[0] as MeasureValue;
    },
    async drill(id, d, team) {
      return drill(store.db, await point(d), measure(id), team ? { team } : {});
    },
    async breakdown(id, d, by) {
      return breakdown(store.db, await point(d), measure(id), by, {}, context);
    },
    async close() {
      await store.close();
      await cleanup();
    },
  };
}
