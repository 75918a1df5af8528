import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnnexA } from '../jobs/load-annex-a.js';
import { CORE_MEASURES } from '../measures/catalogue/index.js';
import { breakdown, evaluateMeasures, resolveAsAt } from '../measures/engine.js';
import { type Store, openStore } from '../store/store.js';
import { annexAListsAt, simulateAuthority } from './authority.js';
import { ALL_MESS, NO_MESS, type MessOptions } from './mess.js';
import { writeAnnexAWorkbook } from './write-annex-a.js';

/**
 * The generator's promise to the rest of the product: the same authority written clean and
 * written with every kind of mess gives the same core measures, through the real loader and
 * measure engine. (Worker names may differ in case and spacing, which the measures ignore.)
 */
const AS_AT = '2025-03-31';
let dir: string;
const stores: Store[] = [];

async function loaded(name: string, mess: MessOptions, lists: ReturnType<typeof annexAListsAt>): Promise<Store> {
  const file = join(dir, `${name}.xlsx`);
  await writeAnnexAWorkbook(file, lists, { asAt: AS_AT, mess, seed: 5 });
  const store = await openStore(join(dir, `${name}.duckdb`));
  stores.push(store);
  await loadAnnexA(store.db, { file, asAt: AS_AT, replace: true });
  return store;
}

async function figures(store: Store): Promise<unknown[]> {
  const { points } = await resolveAsAt(store.db, [AS_AT]);
  const out: unknown[] = (await evaluateMeasures(store.db, points, CORE_MEASURES)).map((v) => [v.id, v.value, v.numerator, v.denominator]);
  for (const m of CORE_MEASURES) {
    for (const by of ['team', 'worker'] as const) {
      const rows = await breakdown(store.db, points[0] as (typeof points)[number], m, by);
      out.push([m.id, by, rows.map((r) => JSON.stringify({ ...r, group: String(r.group).toLowerCase() })).sort()]);
    }
  }
  return out;
}

let clean: unknown[];
let messy: unknown[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csc-synthetic-measures-'));
  const lists = annexAListsAt(simulateAuthority({ children: 1500, asAt: AS_AT, months: 1, seed: 5 }), AS_AT);
  clean = await figures(await loaded('clean', NO_MESS, lists));
  messy = await figures(await loaded('messy', ALL_MESS, lists));
});

afterAll(async () => {
  for (const s of stores) await s.close();
  await rm(dir, { recursive: true, force: true });
});

describe('mess never changes a core measure', () => {
  it('gives the same figures and breakdowns clean and with every kind of mess', () => {
    expect(clean.length).toBe(CORE_MEASURES.length * 3);
    expect(messy).toEqual(clean);
    const values = clean.slice(0, CORE_MEASURES.length) as [string, number | null][];
    expect(values.filter(([, v]) => v === null || v === 0).map(([id]) => id)).toEqual([]);
  });
});
