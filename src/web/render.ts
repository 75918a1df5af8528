import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context } from 'hono';
import nunjucks from 'nunjucks';
import { formatCount, formatValue } from '../publish/format.js';
import { longDate, monthLabel, timestampLabel, trendLabel } from '../publish/scorecard-labels.js';
import { bundledFile } from '../paths.js';
import type { MeasureKind } from '../measures/measure.js';
import { SUPPRESSED_LABEL } from '../scorecard/suppression.js';
import type { WebEnv } from './env.js';
import { type Piece, acceptsGzip, gzipJoin, precompress } from './gzip-pieces.js';
import type { Access } from './team-scope/access.js';

/** The folder of the GOV.UK Frontend package's compiled files (`dist/`), wherever npm put it. */
export function govukDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist');
}

/** The page templates: in the source tree (the build does not copy them; package.json lists them). */
export function viewsDir(): string {
  return bundledFile('src', 'web', 'views');
}

/**
 * Cached page content is shared by everyone of an audience, but each form must carry its own
 * session's CSRF token: content is rendered with this marker in the token's place and the
 * token is put in when the page is sent. The marker is random per process, so no text typed
 * into a commentary can match it.
 */
export const CSRF_MARK = `csrf-${randomBytes(12).toString('hex')}`;
const CONTENT_MARK = `content-${randomBytes(12).toString('hex')}`;

export function createViews(): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([viewsDir(), govukDist()], { noCache: false }), {
    autoescape: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('figure', (v: number | null | undefined, kind: MeasureKind, suppressed?: boolean) =>
    suppressed ? SUPPRESSED_LABEL : formatValue({ kind, value: v ?? null }),
  );
  env.addFilter('count', (v: number | null | undefined, suppressed?: boolean) => (suppressed ? SUPPRESSED_LABEL : v === null || v === undefined ? '–' : formatCount(v)));
  env.addFilter('longDate', (v: string | null | undefined) => (v ? longDate(v) : ''));
  env.addFilter('monthLabel', (v: string | null | undefined) => (v ? monthLabel(v) : ''));
  env.addFilter('shortMonth', (v: string | null | undefined) => (v ? trendLabel(v) : ''));
  env.addFilter('timestamp', (v: string | null | undefined) => (v ? timestampLabel(v) : ''));
  env.addGlobal('CSRF_MARK', CSRF_MARK);
  return env;
}

/** Where a page's figures come from, shown on every page. */
export interface DataSource {
  readonly asAt: string;
  readonly extractId: number;
  readonly fileName: string;
  readonly extractAsAt: string;
  readonly loadedAt: string;
}

export type NavKey = 'scorecard' | 'quality' | 'caseloads' | 'extracts' | 'upload' | 'status' | 'users' | 'audit' | 'config' | null;

export interface Frame {
  readonly title: string;
  readonly nav?: NavKey;
  readonly source?: DataSource | null;
  readonly status?: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;
  /** The scorecard and lists use the full width of the screen. */
  readonly wide?: boolean;
  readonly backLink?: { href: string; text: string };
}

function navItems(access: Access | null, current: NavKey): { text: string; href: string; current: boolean }[] {
  if (!access) return [];
  const items: [NavKey, string, string][] = [
    ['scorecard', 'Scorecard', '/scorecard'],
    ['quality', 'Data quality', '/quality'],
    ['caseloads', 'Caseloads and workforce', '/caseloads'],
    ['extracts', 'Extracts', '/extracts'],
  ];
  if (access.canUpload) items.push(['upload', 'Upload', '/upload'], ['status', 'Refresh status', '/status']);
  if (access.isAdmin) items.push(['users', 'Users', '/admin/users'], ['audit', 'Audit log', '/admin/audit'], ['config', 'Configuration', '/admin/config']);
  return items.map(([key, text, href]) => ({ text, href, current: key === current }));
}

/**
 * Page content ready to send: encoded once (a scorecard page is 260 KB; turning that string
 * into bytes on every request was most of the cost of serving it), cut at each CSRF marker so
 * each request's token is put between the pieces, and, for content kept in the cache,
 * deflated once too (see gzip-pieces.ts).
 */
export interface PageContent {
  readonly parts: readonly Buffer[];
  readonly compressed: readonly Piece[] | null;
}

/** Indentation left by the templates, outside <pre> and <textarea> (where it is content). */
function compact(html: string): string {
  return html
    .split(/(<textarea[\s\S]*?<\/textarea>|<pre[\s\S]*?<\/pre>)/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/\n\s+/g, '\n')))
    .join('');
}

/** `compress`: for content that will be cached and sent many times (compressing costs once). */
export function prepareContent(html: string, options: { compress?: boolean } = {}): PageContent {
  // Content made for one response is sent as it is: tidying it would cost more than it saves.
  const parts = (options.compress ? compact(html) : html).split(CSRF_MARK).map((p) => Buffer.from(p, 'utf8'));
  return { parts, compressed: options.compress ? parts.map((p) => precompress(p)) : null };
}

const NONCE_MARK = `nonce-${randomBytes(12).toString('hex')}`;

/** A rendered layout with holes for what changes on every response: the nonce, the CSRF token, the content. */
type LayoutSegment = Piece | 'nonce' | 'csrf' | 'content';

/**
 * Layouts by everything they show (the user, the title, the navigation, the data source):
 * the same user opening the same page again gets the layout without the template engine.
 * Nothing secret is kept: the nonce and the token go into the holes on each response.
 */
const layouts = new Map<string, LayoutSegment[]>();
const MAX_LAYOUTS = 2000;

function layoutSegments(views: nunjucks.Environment, model: Record<string, unknown>): LayoutSegment[] {
  const html = compact(views.render('layout.njk', { ...model, csrfToken: CSRF_MARK, cspNonce: NONCE_MARK, content: CONTENT_MARK }));
  const marks = new Map<string, LayoutSegment>([
    [NONCE_MARK, 'nonce'],
    [CSRF_MARK, 'csrf'],
    [CONTENT_MARK, 'content'],
  ]);
  return html
    .split(new RegExp(`(${NONCE_MARK}|${CSRF_MARK}|${CONTENT_MARK})`))
    .map((piece) => marks.get(piece) ?? precompress(Buffer.from(piece, 'utf8')));
}

/**
 * Sends a page: the layout (header, navigation, who is signed in, where the data comes from)
 * around content rendered before, possibly from the cache, with this response's nonce and
 * this session's CSRF token put in their places.
 */
export function sendPage(c: Context<WebEnv>, views: nunjucks.Environment, frame: Frame, content: string | PageContent, authority: string | null): Response {
  const access = c.get('access');
  const session = c.get('session');
  const flash = session?.flash ?? null;
  if (session) session.flash = null;
  const model = {
    title: frame.title,
    authority,
    nav: navItems(access, frame.nav ?? null),
    user: access ? { name: access.user.displayName, role: access.role, teams: access.teams } : null,
    source: frame.source ?? null,
    wide: frame.wide ?? false,
    backLink: frame.backLink ?? null,
    flash,
  };
  let segments: LayoutSegment[];
  const key = flash ? null : JSON.stringify(model);
  const cached = key === null ? undefined : layouts.get(key);
  if (cached) segments = cached;
  else {
    segments = layoutSegments(views, model);
    if (key !== null) {
      if (layouts.size >= MAX_LAYOUTS) layouts.delete(layouts.keys().next().value as string);
      layouts.set(key, segments);
    }
  }
  const prepared = typeof content === 'string' ? prepareContent(content) : content;
  const token = Buffer.from(session?.csrfToken ?? '', 'utf8');
  const nonce = Buffer.from(c.get('nonce'), 'utf8');
  // Pieces of the page in order: cached ones deflated already, the rest as they are.
  const pieces: (Piece | Buffer)[] = [];
  for (const s of segments) {
    if (s === 'nonce') pieces.push(nonce);
    else if (s === 'csrf') pieces.push(token);
    else if (s === 'content') {
      prepared.parts.forEach((part, i) => {
        if (i > 0) pieces.push(token);
        pieces.push(prepared.compressed?.[i] ?? part);
      });
    } else pieces.push(s);
  }
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=UTF-8', Vary: 'Accept-Encoding' };
  let body: Buffer;
  if (acceptsGzip(c.req.header('accept-encoding'))) {
    // Content made for this response alone is deflated now, quickly; cached content was deflated once.
    body = gzipJoin(pieces.map((p) => (Buffer.isBuffer(p) && p.length > 1024 ? precompress(p, 1) : p)));
    headers['Content-Encoding'] = 'gzip';
  } else body = Buffer.concat(pieces.map((p) => (Buffer.isBuffer(p) ? p : p.raw)));
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), frame.status ?? 200, headers);
}

/** Renders a content template to a string (to send, or to cache for an audience). */
export function renderContent(views: nunjucks.Environment, template: string, model: object): string {
  return views.render(template, model);
}
