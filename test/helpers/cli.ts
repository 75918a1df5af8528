import { runCli } from '../../src/cli/program.js';
import type { Io } from '../../src/cli/io.js';

/** Runs the command line in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`;
    },
    err: (t) => {
      err += t.endsWith('\n') ? t : `${t}\n`;
    },
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}
