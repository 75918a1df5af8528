import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLocalCommand } from '../src/cli/commands/generate-local.js';
import { UserError } from '../src/user-error.js';
import { tempDir } from './helpers/temp-dir.js';

/** Runs the (not yet wired) generate-local command in-process and captures what it prints. */
async function run(...argv: string[]): Promise<string> {
  let out = '';
  const cmd = generateLocalCommand({ out: (t) => void (out += `${t}\n`), err: (t) => void (out += `${t}\n`) })
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (out += s) });
  await cmd.parseAsync(argv, { from: 'user' });
  return out;
}

describe('csc-scorecard generate-local', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(async () => cleanup());

  it('writes a census and a file per template per month, for the authority generate invents', async () => {
    const out = await run('--children', '300', '--as-at', '2024-03-31', '--months', '2', '--seed', '3', '--out', dir);
    expect(out).toMatch(/csww-2023-09-30\.xml {2}as at 2023-09-30 {2}\d+ workers/);
    expect(out).toMatch(/Wrote 9 file\(s\) for \w+ \w+ in/);
    expect((await readdir(dir)).sort()).toEqual([
      'audits-2024-02-29.csv', 'audits-2024-03-31.csv', 'csww-2023-09-30.xml', 'establishment-2024-02-29.csv', 'establishment-2024-03-31.csv',
      'oversight-2024-02-29.csv', 'oversight-2024-03-31.csv', 'supervision-2024-02-29.csv', 'supervision-2024-03-31.csv',
    ]);
  });

  it('labels the errors it injects, and writes only the files asked for', async () => {
    const sub = join(dir, 'bad');
    const out = await run('--children', '300', '--as-at', '2024-03-31', '--seed', '3', '--out', sub, '--only', 'workforce,audits', '--errors', '0.02');
    expect(out).toMatch(/labelled error\(s\)/);
    expect((await readdir(sub)).sort()).toEqual(['audits-2024-03-31.csv', 'csww-2023-09-30.xml', 'injected-errors.json']);
    const labels = JSON.parse(await readFile(join(sub, 'injected-errors.json'), 'utf8')) as { file: string; rule: string }[];
    expect(new Set(labels.map((l) => l.file))).toEqual(new Set(['csww-2023-09-30.xml', 'audits-2024-03-31.csv']));
  });

  it('explains its options and refuses bad ones', async () => {
    const help = await run('--help').catch((e: { exitCode?: number }) => e);
    expect((help as { exitCode?: number }).exitCode).toBe(0);
    await expect(run('--children', '10', '--as-at', '2024-03-31', '--out', dir, '--errors', '2')).rejects.toThrow(UserError);
    await expect(run('--children', '10', '--as-at', '2024-03-31', '--out', dir, '--only', 'caseloads')).rejects.toThrow(/"caseloads" is not workforce/);
  });
});
