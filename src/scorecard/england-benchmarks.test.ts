import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { buildCatalogue } from '../measures/catalogue/index.js';
import { ENGLAND_BENCHMARKS } from './england-benchmarks.js';

describe('bundled England benchmarks', () => {
  it('name measures of the catalogue, with a year and a source, on the measure\'s scale', () => {
    const catalogue = buildCatalogue({ standards: parseConfig('', 'test').standards });
    for (const [id, b] of Object.entries(ENGLAND_BENCHMARKS)) {
      const m = catalogue.find((x) => x.id === id);
      expect(m, id).toBeDefined();
      expect(b.year, id).toMatch(/^\d{4}(\/\d{2})?$/);
      expect(b.source.length, id).toBeGreaterThan(10);
      if (m?.kind === 'percent') expect(b.value >= 0 && b.value <= 100, id).toBe(true);
    }
  });
});
