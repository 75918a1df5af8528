import { Command } from 'commander';
import { UserError } from '../../user-error.js';
import { generatePassword, hashPassword, passwordProblem } from '../../web/auth/passwords.js';
import { addUser, listUsers, removeUser, updateUser } from '../../web/auth/user-store.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

const collect = (v: string, all: string[]) => [...all, v];

/** A password from standard input (one line), or a new random one to print. */
async function passwordFrom(useStdin: boolean | undefined, username: string): Promise<{ password: string; generated: boolean }> {
  if (!useStdin) return { password: generatePassword(), generated: true };
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  const problem = passwordProblem(password, username);
  if (problem) throw new UserError(problem);
  return { password, generated: false };
}

/**
 * Local accounts of the dashboard. Passwords are stored only as argon2id hashes; a new or reset
 * password is made at random and printed once, unless one is piped in with --password-stdin.
 * While `serve` runs it holds the store: manage users on its Users page then.
 */
export function usersCommand(io: Io): Command {
  const users = new Command('users').description('dashboard accounts: add, list, set-role, password, remove');
  users.addCommand(
    new Command('add')
      .description('add a local account (the password is generated and printed once, or read with --password-stdin)')
      .argument('<username>', 'user name (letters, digits and . _ @ -), e.g. a work email address')
      .requiredOption('--role <role>', 'admin, analyst, manager or viewer')
      .option('--team <team>', "a manager's team, spelt as in Annex A (repeat for several)", collect, [])
      .option('--name <name>', 'the name shown on the pages')
      .option('--password-stdin', 'read the password from standard input instead of generating one')
      .action(async (username: string, opts: { role: string; team: string[]; name?: string; passwordStdin?: boolean }, cmd: Command) => {
        const { password, generated } = await passwordFrom(opts.passwordStdin, username);
        await withStore(cmd, async (store) => {
          const u = await addUser(store.db, { username, displayName: opts.name, role: opts.role, teams: opts.team, passwordHash: await hashPassword(password) });
          io.out(`Added ${u.username} (${u.role}${u.teams.length ? ` of ${u.teams.join(', ')}` : ''}).`);
          if (generated) io.out(`Password (shown only now): ${password}`);
        });
      }),
  );
  users.addCommand(
    new Command('list')
      .description('list the accounts')
      .addOption(formatOption(['text', 'json'], 'text'))
      .action(async (opts: { format: string }, cmd: Command) => {
        await withStore(cmd, async (store) => {
          const all = await listUsers(store.db);
          if (opts.format === 'json') io.out(json(all));
          else if (all.length === 0) io.out('No users yet: csc-scorecard users add NAME --role admin');
          else for (const u of all) io.out(`${u.username}\t${u.role}${u.teams.length ? `\t${u.teams.join('; ')}` : ''}${u.source === 'oidc' ? '\t(identity provider)' : ''}${u.disabled ? '\t(disabled)' : ''}`);
        });
      }),
  );
  users.addCommand(
    new Command('set-role')
      .description("change a user's role (and a manager's teams); their sessions end")
      .argument('<username>')
      .argument('<role>', 'admin, analyst, manager or viewer')
      .option('--team <team>', "a manager's team (repeat for several)", collect, [])
      .action(async (username: string, role: string, opts: { team: string[] }, cmd: Command) => {
        await withStore(cmd, async (store) => {
          const u = await updateUser(store.db, username, { role, teams: opts.team });
          io.out(`${u.username} is now ${u.role}${u.teams.length ? ` of ${u.teams.join(', ')}` : ''}.`);
        });
      }),
  );
  users.addCommand(
    new Command('password')
      .description('set a new password (generated and printed once, or read with --password-stdin); their sessions end')
      .argument('<username>')
      .option('--password-stdin', 'read the password from standard input')
      .action(async (username: string, opts: { passwordStdin?: boolean }, cmd: Command) => {
        const { password, generated } = await passwordFrom(opts.passwordStdin, username);
        await withStore(cmd, async (store) => {
          const u = await updateUser(store.db, username, { passwordHash: await hashPassword(password) });
          io.out(`New password set for ${u.username}.`);
          if (generated) io.out(`Password (shown only now): ${password}`);
        });
      }),
  );
  users.addCommand(
    new Command('remove')
      .description('remove an account; its sessions end')
      .argument('<username>')
      .action(async (username: string, _opts: unknown, cmd: Command) => {
        await withStore(cmd, async (store) => {
          const u = await removeUser(store.db, username);
          io.out(`Removed ${u.username}.`);
        });
      }),
  );
  return users;
}
