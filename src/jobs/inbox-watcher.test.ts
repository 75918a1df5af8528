import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp-dir.js';
import { watchInbox } from './inbox-watcher.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('inbox watcher', () => {
  it('hands over a file only once it has stopped changing between two looks', async () => {
    const { dir, cleanup } = await tempDir();
    const seen: string[][] = [];
    const w = watchInbox(dir, async (files) => void seen.push(files.map((x) => x.slice(dir.length + 1))), { intervalMs: 60 });
    try {
      await writeFile(join(dir, 'annex-a-2024-03-31.xlsx'), 'part');
      await sleep(40);
      await appendFile(join(dir, 'annex-a-2024-03-31.xlsx'), ' more');
      await writeFile(join(dir, '.hidden'), 'x');
      for (let i = 0; i < 40 && seen.length === 0; i++) await sleep(25);
      expect(seen).toEqual([['annex-a-2024-03-31.xlsx']]);
    } finally {
      await w.stop();
      await cleanup();
    }
  });
});
