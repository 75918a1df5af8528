import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listByNumber } from '../src/model/annex-a-lists.js';
import { spawnCli } from './helpers/spawn-cli.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * A 100 MB workbook (stored without compression, as some exporters do) must stream through
 * the reader: it loads completely, in a child process whose memory we do not let grow.
 */
describe('a 100 MB workbook', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  const ROWS = 130_000;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    file = join(dir, 'annex-a-2024-03-31.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false, zip: { store: true } });
    const ws = wb.addWorksheet('List 8 - Children looked after');
    const list = listByNumber(8);
    ws.addRow(list.columns.map((c) => c.header)).commit();
    for (let i = 0; i < ROWS; i++) {
      ws.addRow(
        list.columns.map((c) => {
          if (c.key === 'child_id') return `CHILD${String(i).padStart(7, '0')}`;
          if (c.type === 'date') return 45000 + (i % 300);
          if (c.type === 'integer') return i % 4;
          if (c.key === 'placement_type') return 'f) U6: Foster placement with other foster carer - not long term or FFA';
          if (c.key === 'legal_status') return 'C2 - Full care order';
          if (c.type === 'code') return 'a) Yes';
          return `Text value ${i % 97}`;
        }),
      ).commit();
    }
    ws.commit();
    await wb.commit();
  }, 180_000);
  afterAll(async () => cleanup());

  it('loads every row with bounded memory', async () => {
    const size = (await stat(file)).size;
    expect(size).toBeGreaterThan(100 * 1024 * 1024);
    const r = await spawnCli(['--db', join(dir, 's.duckdb'), 'load', 'annex-a', file, '--format', 'json'], {
      env: { NODE_OPTIONS: '--max-old-space-size=400' },
    });
    expect(r.code, r.err).toBe(0);
    const body = JSON.parse(r.out) as { extract: { asAt: string; rowCounts: Record<string, number> } };
    expect(body.extract.asAt).toBe('2024-03-31');
    expect(body.extract.rowCounts['8']).toBe(ROWS);
  }, 180_000);
});
