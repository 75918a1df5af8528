import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSsda903 } from '../../quality/ssda903/validate.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { generateSsda903 } from './generate.js';
import { INJECTABLE_CODES, injectErrors } from './inject.js';
import { writeSsda903Csv, writeSsda903Xml } from './write.js';

describe('generated SSDA903 returns', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('ssda903-gen-'));
  });
  afterAll(async () => cleanup());

  it('a clean return (CSV, with last year) breaks no rule, and every rule runs', async () => {
    const g = generateSsda903({ children: 1200, year: 2025, seed: 11 });
    const v = await validateSsda903(await writeSsda903Csv(g.current, join(dir, 'clean')), { year: 2025, previous: await writeSsda903Csv(g.previous, join(dir, 'clean-prev')) });
    expect(v.current.findings).toEqual([]);
    expect(v.result.rules.filter((r) => r.status === 'failed' || r.status === 'failed-to-run').map((r) => `${r.code} ${r.count} ${r.error ?? ''}`)).toEqual([]);
    expect(v.result.rules.filter((r) => r.status === 'passed').length).toBeGreaterThan(150);
    expect(g.current.Episodes?.length).toBeGreaterThan(2000);
  });

  it.each([2023, 2024, 2026])('a clean return of %i breaks no rule', async (year) => {
    const g = generateSsda903({ children: 600, year, seed: year });
    const v = await validateSsda903(await writeSsda903Csv(g.current, join(dir, `clean-${year}`)), { year, previous: await writeSsda903Csv(g.previous, join(dir, `clean-${year}-prev`)) });
    expect(v.result.findings.map((f) => f.code)).toEqual([]);
  });

  it('the XML form of a clean return breaks no rule', async () => {
    const g = generateSsda903({ children: 500, year: 2025, seed: 5 });
    const path = join(dir, 'clean.xml');
    await writeSsda903Xml(g.current, path);
    const v = await validateSsda903([path], { year: 2025 });
    expect(v.current.findings).toEqual([]);
    expect(v.result.findings.map((f) => f.code)).toEqual([]);
    expect(v.current.data.tables.Episodes.length).toBe(g.current.Episodes?.length);
  });

  it('every injected error is found, for its child, by its rule', async () => {
    const g = generateSsda903({ children: 2500, year: 2025, seed: 3 });
    const injected = injectErrors(g.current, { year: 2025, seed: 9, previous: g.previous });
    expect(injected.length).toBeGreaterThan(100);
    const v = await validateSsda903(await writeSsda903Csv(g.current, join(dir, 'bad')), { year: 2025, previous: await writeSsda903Csv(g.previous, join(dir, 'bad-prev')) });
    const found = new Set(v.result.findings.map((f) => `${f.code}|${f.child}`));
    const missed = injected.filter((i) => !found.has(`${i.code}|${i.child}`)).map((i) => `${i.code} ${i.child} ${i.description}`);
    expect(missed).toEqual([]);
    expect(INJECTABLE_CODES.filter((c) => !injected.some((i) => i.code === c))).toEqual([]);
  });
});
