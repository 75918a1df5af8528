import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store.js';
import { cinHeader, generateCinChildren } from '../synthetic/cin-census/generate.js';
import { writeCinCensusXml } from '../synthetic/cin-census/write-xml.js';
import { tempDir } from '../../test/helpers/temp-dir.js';
import { kindFromName, loadFile } from './load-file.js';

describe('loading a dropped or uploaded file by its kind', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    store = await openStore(join(dir, 's.duckdb'));
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it('tells a CIN Census from the workforce census by its header, whatever the name says', async () => {
    const file = join(dir, 'census-return.xml');
    await writeCinCensusXml(file, cinHeader(2025), generateCinChildren({ children: 20, year: 2025, seed: 3 }), 2025);
    expect(kindFromName(file)).toBe('workforce');
    const r = await loadFile(store.db, file, 'workforce', { loadedBy: 'test' });
    expect(r.extract.source).toBe('cin-census');
    expect(r.extract.asAt).toBe('2025-03-31');
  });
});
