import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { UserError } from '../../user-error.js';
import { escapeHtml as e } from '../escape-html.js';
import type { RunningText } from './running-text.js';

/**
 * The pack's HTML printed to a tagged PDF by Debian's Chromium through playwright-core (which
 * never downloads a browser). Tagged gives the structure tree, language, table headers and
 * figure alternative text from the HTML; outline gives bookmarks from the headings; the running
 * header and footer (marking, meeting, data as at, extracts, suppression, page numbers) are
 * Chromium's templates, drawn in the page margins the CSS sets.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** `CSC_SCORECARD_CHROMIUM` points at another Chromium (tests use it to check the message when there is none). */
export function chromiumPath(): string {
  return process.env.CSC_SCORECARD_CHROMIUM || DEFAULT_CHROMIUM;
}

export class ChromiumMissingError extends UserError {
  constructor(path: string) {
    super(
      `the PDF is printed by Chromium, which is not installed at ${path}: install Debian's chromium package: sudo apt-get install chromium ` +
        '(the html and docx formats work without it)',
    );
  }
}

/** Switches that keep a headless print quiet, offline and sandbox-free inside containers. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TEMPLATE_STYLE = "width:100%;margin:0 12mm;font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;color:#0b0c0c;-webkit-print-color-adjust:exact;";

export function headerTemplate(r: RunningText): string {
  const side = 'flex:1 1 0;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#505a5f;';
  return `<div style="${TEMPLATE_STYLE}font-size:7pt;display:flex;justify-content:space-between;align-items:flex-end;gap:6mm;">
<span style="${side}">${e(r.meeting)}</span><span style="font-weight:700;font-size:8pt;letter-spacing:0.08em;">${e(r.classification)}</span><span style="${side}text-align:right;">${e(r.title)}</span></div>`;
}

export function footerTemplate(r: RunningText): string {
  return `<div style="${TEMPLATE_STYLE}font-size:7pt;border-top:0.5pt solid #b1b4b6;padding-top:1.2mm;">
<div style="display:flex;justify-content:space-between;gap:6mm;"><span>${e(r.data)}</span><span style="white-space:nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>
<div style="color:#505a5f;margin-top:0.6mm;">${e(r.suppression)}</div>
<div style="text-align:center;font-weight:700;font-size:8pt;letter-spacing:0.08em;margin-top:0.8mm;">${e(r.classification)}</div></div>`;
}

export interface PdfOptions {
  readonly running: RunningText;
  readonly executablePath?: string;
  /** The whole print, launch included (default 60 s). */
  readonly timeoutMs?: number;
}

export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const timeout = options.timeoutMs ?? 60_000;
  // A fresh profile each time: nothing carries over between prints, and nothing is left behind.
  const work = await mkdtemp(join(tmpdir(), 'csc-pack-'));
  try {
    const page = join(work, 'pack.html');
    await writeFile(page, html, 'utf8');
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout,
      // The document is self-contained and needs no script: none runs, and nothing is fetched.
      javaScriptEnabled: false,
      offline: true,
    });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load', timeout });
      return await tab.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(options.running),
        footerTemplate: footerTemplate(options.running),
      });
    } finally {
      await context.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
