import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config/config.js';
import { buildCatalogue } from '../../src/measures/catalogue/index.js';
import { bundledFile } from '../../src/paths.js';
import { type Store, openStore } from '../../src/store/store.js';
import { type RunningServer, startServer } from '../../src/web/server.js';

/** Debian's chromium; the suite downloads no browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Dashboard {
  readonly url: string;
  readonly passwords: Record<'admin' | 'analyst' | 'manager' | 'viewer', string>;
  readonly managerTeam: string;
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * The demo authority (13 months, with its census, local files, comparators and commentary),
 * made by the built command line as a user would (`csc-scorecard demo --no-serve`), then served
 * in this process on a free port.
 */
export async function startDashboard(): Promise<Dashboard> {
  const bin = bundledFile('bin', 'csc-scorecard.js');
  if (!existsSync(bundledFile('dist', 'src', 'cli', 'main.js'))) throw new Error('build first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'csc-browser-'));
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'demo', '--children', '2500', '--months', '13', '--as-at', '2026-09-30', '--seed', '7', '--dir', dir, '--no-serve'], { maxBuffer: 1 << 26 });
  const pw = (role: string) => {
    const m = stdout.match(new RegExp(`${role}\\s+user name demo-${role}\\s+password (\\S+)`));
    if (!m?.[1]) throw new Error(`no demo password for ${role} in:\n${stdout.slice(-2000)}`);
    return m[1];
  };
  const managerTeam = stdout.match(/sees children of (.+) only/)?.[1] ?? '';
  const config = loadConfig(bundledFile('config', 'csc-scorecard.example.yaml'));
  const store: Store = await openStore(join(dir, 'demo.duckdb'), { closures: config.closures });
  const server: RunningServer = await startServer(store, config, buildCatalogue({ standards: config.standards }), { port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    passwords: { admin: pw('admin'), analyst: pw('analyst'), manager: pw('manager'), viewer: pw('viewer') },
    managerTeam,
    dir,
    async close() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser profile each time: no cookie or cache from an earlier run. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'csc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in afresh (the browser profile is shared between tests, so whoever was signed in is forgotten first). */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}/sign-in`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/\/scorecard/), page.click('button.govuk-button:has-text("Sign in")')]);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core on the page as it is, against WCAG 2.2 AA. The script goes in through the DevTools
 * protocol, which the page's content security policy does not govern (no policy is relaxed).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const options = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const result = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as { violations: AxeViolation[] };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}

export const SCREENSHOTS = bundledFile('docs', 'screenshots');
