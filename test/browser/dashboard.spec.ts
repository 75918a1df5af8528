import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, SCREENSHOTS, axeViolations, launchBrowser, signIn, startDashboard } from './harness.js';

/*
 * The dashboard in Debian's chromium: each role signs in and sees what it should and nothing
 * more; an analyst goes from the scorecard to a measure, to the children behind it, to one
 * child, and exports the list; every page passes axe-core at WCAG 2.2 AA; the main pages work
 * with JavaScript turned off. The screenshots in docs/screenshots are taken here.
 */

const MEASURE = 'cp_visited_10wd';
const MEASURE_TITLE = 'Child protection plans with a statutory visit in the last 10 working days';

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('the dashboard in a real browser', () => {
  let d: Dashboard;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    d = await startDashboard();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  it('an analyst signs in, opens the scorecard, a measure, the children behind it and one child, and exports the list', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${d.url}/scorecard`);
    expect(page.url()).toContain('/sign-in?next=%2Fscorecard');
    await expectAccessible(page, 'sign-in');
    await shot(page, 'sign-in');
    await signIn(page, d.url, 'demo-analyst', d.passwords.analyst);
    expect(await page.locator('h1').textContent()).toContain('Scorecard for September 2026');
    expect(await page.locator('#data-source').textContent()).toMatch(/Data as at\s+30 September 2026, from extract \d+/);
    await expectAccessible(page, 'scorecard');
    await shot(page, 'scorecard-top');
    await page.evaluate("document.getElementById('theme-child-protection').scrollIntoView(); window.scrollBy(0, -10)");
    await shot(page, 'scorecard');

    await page.click(`a:text-is("${MEASURE_TITLE}")`);
    await page.waitForURL(new RegExp(`/measures/${MEASURE}`));
    expect(await page.locator('svg.app-chart').count()).toBe(1);
    expect(await page.locator('details:has-text("as a table") table tbody tr').count()).toBe(13);
    await expectAccessible(page, 'measure');
    await shot(page, 'measure');
    await page.evaluate("document.querySelector('svg.app-chart').scrollIntoView(); window.scrollBy(0, -60)");
    await shot(page, 'measure-trend');
    await page.evaluate('window.scrollTo(0, 0)');

    await page.click('a:has-text("See the children behind this figure")');
    await page.waitForURL(new RegExp(`/measures/${MEASURE}/drill`));
    const rows = page.locator('table.govuk-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    await expectAccessible(page, 'drill-down');
    await shot(page, 'drill-down');

    // Sorted by worker, then filtered to rows not in the numerator: the address holds no child id.
    await page.click('th a:has-text("Worker")');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Worker');
    await page.selectOption('#in', 'no');
    await page.click('button:has-text("Filter")');
    const firstChild = (await page.locator('table.govuk-table tbody tr th a').first().textContent())?.trim() ?? '';
    expect(firstChild).not.toBe('');
    expect(await page.locator('table.govuk-table tbody tr td:nth-child(4)').allTextContents()).not.toContain('Yes');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("as CSV")')]);
    const csvText = await readFile((await csv.path()) as string, 'utf8');
    expect(csvText.split('\r\n')[0]).toMatch(/^Child,Team,Worker,In numerator,Reason/);
    expect(csvText).toContain(firstChild);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("as Excel")')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await readFile((await xlsx.path()) as string)).subarray(0, 2).toString()).toBe('PK');

    await page.click(`table.govuk-table tbody tr th a:text-is("${firstChild}")`);
    await page.waitForURL(/\/children\//);
    expect(page.url()).not.toContain(firstChild);
    expect(await page.locator('h1').textContent()).toContain(firstChild);
    await expectAccessible(page, 'child');
    await shot(page, 'child');
    await page.close();
  });

  it('passes axe-core (WCAG 2.2 AA) on every page an analyst or an admin can open', async () => {
    const page = await browser.context.newPage();
    await signIn(page, d.url, 'demo-admin', d.passwords.admin);
    const pages = [
      '/scorecard?team=' + encodeURIComponent(d.managerTeam),
      `/measures/${MEASURE}?team=${encodeURIComponent(d.managerTeam)}`,
      '/measures/caseload_mean',
      `/measures/${MEASURE}/drill?in=yes&sort=child_id&dir=desc&page=2`,
      '/quality',
      '/quality/rows?rule=missing-child-id',
      '/caseloads',
      '/extracts',
      '/upload',
      '/status',
      '/admin/users',
      '/admin/audit',
      '/admin/config',
      '/no-such-page',
    ];
    for (const p of pages) {
      await page.goto(`${d.url}${p}`);
      await expectAccessible(page, p);
      if (p === '/quality') await shot(page, 'data-quality');
      if (p === '/caseloads') await shot(page, 'caseloads');
      if (p === '/status') await shot(page, 'refresh-status');
    }
    // An error shown in a form (GOV.UK error summary).
    await page.goto(`${d.url}/upload`);
    await page.click('button:has-text("Check the file")');
    expect(await page.locator('.govuk-error-summary').count()).toBe(1);
    await expectAccessible(page, 'upload with an error');
    await page.close();
  });

  it("a manager sees every figure but only their own team's children", async () => {
    const page = await browser.context.newPage();
    await signIn(page, d.url, 'demo-manager', d.passwords.manager);
    await page.goto(`${d.url}/measures/${MEASURE}/drill`);
    const teams = await page.locator('table.govuk-table tbody tr td:nth-child(2)').allTextContents();
    expect(teams.length).toBeGreaterThan(0);
    expect(new Set(teams.map((t) => t.trim()))).toEqual(new Set([d.managerTeam]));
    expect(await page.locator('text=Only children of your team').count()).toBe(1);
    await expectAccessible(page, 'manager drill-down');
    await shot(page, 'manager-drill-down');
    await page.goto(`${d.url}/measures/cin_open`);
    // Every team's figure, but a link to the children only on their own team's row.
    const teamRows = page.locator('table:has(caption:has-text("by team")) tbody tr');
    expect(await teamRows.count()).toBeGreaterThan(3);
    const linked = await page.locator('table:has(caption:has-text("by team")) tbody tr:has(a:has-text("List")) th').allTextContents();
    expect(linked.map((t) => t.trim())).toEqual([d.managerTeam]);
    await page.close();
  });

  it('a viewer sees suppressed figures and never a child', async () => {
    const page = await browser.context.newPage();
    await signIn(page, d.url, 'demo-viewer', d.passwords.viewer);
    expect(await page.locator('text=Counts from 1 to 4 are shown as <5').count()).toBe(1);
    expect(await page.locator('#team').count()).toBe(0);
    await expectAccessible(page, 'viewer scorecard');
    await shot(page, 'viewer-scorecard');
    await page.goto(`${d.url}/measures/cp_open`);
    expect(await page.locator('a:has-text("See the children")').count()).toBe(0);
    expect(await page.locator('a:has-text("List")').count()).toBe(0);
    await expectAccessible(page, 'viewer measure');
    const denied = await page.goto(`${d.url}/measures/${MEASURE}/drill`);
    expect(denied?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toContain('You cannot see this page');
    await expectAccessible(page, 'viewer refused');
    await page.close();
  });

  it('works without JavaScript: sign in, choose a month, open a measure', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await signIn(page, d.url, 'demo-analyst', d.passwords.analyst);
      await page.selectOption('#as-at', '2026-06-30');
      await Promise.all([page.waitForURL(/as-at=2026-06-30/), page.click('button:has-text("Show")')]);
      expect(await page.locator('h1').textContent()).toContain('Scorecard for June 2026');
      await page.click(`a:text-is("${MEASURE_TITLE}")`);
      expect(await page.locator('#data-source').textContent()).toContain('30 June 2026');
    } finally {
      await noJs.close();
    }
  });
});
