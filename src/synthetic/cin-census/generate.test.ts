import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCinCensus } from '../../quality/cin-census/validate.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { cinHeader, generateCinChildren } from './generate.js';
import { injectErrors, injectableCodes } from './inject.js';
import { writeCinCensusXml } from './write-xml.js';

describe('generated CIN Census returns', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-cin-gen-'));
  });
  afterAll(async () => cleanup());

  for (const year of [2024, 2025]) {
    it(`a clean ${year} return breaks no rule`, async () => {
      const file = join(dir, `clean-${year}.xml`);
      await writeCinCensusXml(file, cinHeader(year), generateCinChildren({ children: 600, year, seed: 7 }), year);
      const v = await validateCinCensus(file);
      const failed = v.result.rules.filter((r) => r.status !== 'passed' && r.status !== 'not-applicable');
      expect(failed.map((r) => `${r.code} ${r.count} ${r.error ?? ''}`)).toEqual([]);
      expect(v.read.children).toBe(600);
    });
  }

  it('is the same file for the same seed', async () => {
    const a = [...generateCinChildren({ children: 50, year: 2025, seed: 3 })];
    const b = [...generateCinChildren({ children: 50, year: 2025, seed: 3 })];
    expect(a).toEqual(b);
  });

  it('every injected error is found, on its child', async () => {
    const year = 2025;
    const children = [...generateCinChildren({ children: 1500, year, seed: 11 })];
    const header = cinHeader(year);
    const labels = injectErrors(children, header, { year, seed: 5, perCode: 2, header: true });
    // Every rule with an injector got its errors (the generated return has children to carry each).
    expect(new Set(labels.map((l) => l.code))).toEqual(new Set([...injectableCodes(year), '100']));
    const file = join(dir, 'injected.xml');
    await writeCinCensusXml(file, header, children, year);
    const v = await validateCinCensus(file);
    const found = new Set(v.result.findings.map((f) => `${f.code}|${f.row ?? ''}`));
    const missed = labels.filter((l) => !found.has(`${l.code}|${l.position ?? ''}`));
    expect(missed).toEqual([]);
    expect(v.result.rules.filter((r) => r.status === 'failed-to-run')).toEqual([]);
  });
});
