import type { Database } from '../store/database.js';
import { type PublishedBenchmark, englandBenchmark } from './england-benchmarks.js';

/** A comparator figure with the year it describes and where it comes from. */
export interface Benchmark extends PublishedBenchmark {
  readonly label?: string;
}

export interface MeasureBenchmarks {
  readonly england: Benchmark | null;
  readonly statisticalNeighbours: Benchmark | null;
  readonly region: Benchmark | null;
}

/** Benchmark groups a user's CSV may give. */
export const BENCHMARK_GROUPS = ['england', 'statistical-neighbours', 'region'] as const;
export type BenchmarkGroup = (typeof BENCHMARK_GROUPS)[number];

/**
 * The latest benchmark of each group for every measure: the user's loaded figures (statistical
 * neighbours, region, and any newer England figure) over the England figures bundled here.
 */
export async function benchmarksByMeasure(db: Database): Promise<(id: string) => MeasureBenchmarks> {
  const rows = await db.all<{ measure_id: string; benchmark: string; label: string; year: string; value: number; source: string }>(
    `SELECT measure_id, benchmark, label, year, value, source FROM (
       SELECT b.*, row_number() OVER (PARTITION BY measure_id, benchmark ORDER BY year DESC, loaded_at DESC) AS k FROM benchmarks b
     ) x WHERE x.k = 1`,
  );
  const loaded = new Map<string, Benchmark>();
  for (const r of rows) loaded.set(`${r.measure_id}|${r.benchmark}`, { value: r.value, year: r.year, source: r.source, label: r.label });
  return (id) => {
    const bundled = englandBenchmark(id);
    const user = loaded.get(`${id}|england`) ?? null;
    const england = user && (!bundled || user.year >= bundled.year) ? user : bundled;
    return {
      england,
      statisticalNeighbours: loaded.get(`${id}|statistical-neighbours`) ?? null,
      region: loaded.get(`${id}|region`) ?? null,
    };
  };
}
