import { Command, CommanderError } from 'commander';
import { UserError } from '../user-error.js';
import { VERSION } from '../version.js';
import { benchmarksCommand } from './commands/benchmarks.js';
import { caseloadsCommand } from './commands/caseloads.js';
import { checkCommand } from './commands/check.js';
import { commentaryCommand } from './commands/commentary.js';
import { demoCommand } from './commands/demo.js';
import { breakdownCommand, drillCommand } from './commands/drill.js';
import { extractsCommand } from './commands/extracts.js';
import { generateCommand } from './commands/generate.js';
import { generateLocalCommand } from './commands/generate-local.js';
import { loadCommand } from './commands/load.js';
import { measuresCommand } from './commands/measures.js';
import { packCommand } from './commands/pack.js';
import { publishCommand } from './commands/publish.js';
import { refreshCommand } from './commands/refresh.js';
import { scorecardCommand } from './commands/scorecard.js';
import { serveCommand } from './commands/serve.js';
import { usersCommand } from './commands/users.js';
import { validateCommand } from './commands/validate.js';
import { DEFAULT_DB } from './global-options.js';
import { type Io, processIo } from './io.js';

export function buildProgram(io: Io): Command {
  const program = new Command('csc-scorecard')
    .description("Children's social care performance scorecards from Ofsted Annex A workbooks")
    .version(VERSION)
    .option('--db <file>', `the store (DuckDB file); default $CSC_SCORECARD_DB or ./${DEFAULT_DB}`)
    .option('--config <file>', 'configuration file (YAML or JSON); default ./csc-scorecard.yaml when present')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });
  for (const c of [
    loadCommand(io),
    scorecardCommand(io),
    drillCommand(io),
    breakdownCommand(io),
    caseloadsCommand(io),
    checkCommand(io),
    validateCommand(io),
    extractsCommand(io),
    measuresCommand(io),
    publishCommand(io),
    packCommand(io),
    commentaryCommand(io),
    benchmarksCommand(io),
    generateCommand(io),
    generateLocalCommand(io),
    demoCommand(io),
    serveCommand(io),
    refreshCommand(io),
    usersCommand(io),
  ]) {
    program.addCommand(c);
  }
  applyToAll(program, (c) => c.exitOverride().configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) }));
  return program;
}

function applyToAll(cmd: Command, f: (c: Command) => void): void {
  f(cmd);
  for (const c of cmd.commands) applyToAll(c, f);
}

/** Runs the command line; resolves with the exit status instead of exiting. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; other parse errors are usage errors (already printed).
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      io.err(`csc-scorecard: ${e.message}`);
      return 1;
    }
    const err = e as Error;
    io.err(`csc-scorecard: unexpected error: ${err.message}`);
    if (process.env.CSC_SCORECARD_DEBUG) io.err(err.stack ?? '');
    else io.err('(this is a bug in csc-scorecard; run again with CSC_SCORECARD_DEBUG=1 for details and report it)');
    return 70;
  } finally {
    process.exitCode = undefined;
  }
}
