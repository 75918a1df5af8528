import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AsAtPoint } from '../../measures/as-at.js';
import type { Measure } from '../../measures/measure.js';
import { isIsoDate } from '../../model/dates.js';
import { UserError } from '../../user-error.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import type { DataSource } from '../render.js';

export function authorityOf(deps: WebDeps): string | null {
  return deps.config.authority ?? null;
}

/** Where a page's figures come from: D and the extract current at D. */
export function sourceOf(point: AsAtPoint): DataSource {
  return { asAt: point.asAt, extractId: point.extract.extractId, fileName: point.extract.fileName, extractAsAt: point.extract.asAt, loadedAt: point.extract.loadedAt };
}

/** The as-at date asked for (`?as-at=YYYY-MM-DD`); a malformed one is refused rather than ignored. */
export function askedAsAt(c: Context<WebEnv>): string | undefined {
  const v = c.req.query('as-at');
  if (v === undefined || v === '') return undefined;
  if (!isIsoDate(v)) throw new HTTPException(400, { message: `"${v.slice(0, 20)}" is not a date: choose a month from the list.` });
  return v;
}

/** D for a page and the extract current at D; 404 with a plain message when nothing is loaded. */
export async function pointOf(deps: WebDeps, c: Context<WebEnv>): Promise<{ asAt: string; point: AsAtPoint; notes: string[] }> {
  const asAt = await deps.data.asAtOf(askedAsAt(c));
  if (!asAt) throw new HTTPException(404, { message: 'No Annex A extract is loaded yet. An analyst can upload one, or drop it in the inbox folder.' });
  try {
    const { point, notes } = await deps.data.point(asAt);
    return { asAt, point, notes };
  } catch (e) {
    if (e instanceof UserError) throw new HTTPException(404, { message: e.message });
    throw e;
  }
}

export function measureOf(deps: WebDeps, id: string): Measure {
  const m = deps.data.measure(id);
  if (!m) throw new HTTPException(404, { message: `There is no measure called ${id.slice(0, 60)}.` });
  return m;
}

/** A whole number from the query string, kept within bounds. */
export function intQuery(c: Context<WebEnv>, name: string, fallback: number, min: number, max: number): number {
  const n = Number(c.req.query(name));
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export { qsOf as qs } from '../pages/links.js';

/** Fields of a submitted form as strings (files and repeated fields left out). */
export async function formOf(c: Context<WebEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === 'string') out[k] = v[0];
  }
  return out;
}

/** A local path to come back to after signing in: never another site (no scheme, no //). */
export function safeReturn(path: string | undefined | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.length > 1000) return '/scorecard';
  return path;
}

/** A path parameter of the route (always present when the route matched). */
export function param(c: Context<WebEnv>, name: string): string {
  const v = c.req.param(name);
  if (v === undefined) throw new HTTPException(404, { message: 'Page not found.' });
  return v;
}

/** Where the latest figures come from, for pages that show no figures of their own (every page says it). */
export async function latestSource(deps: WebDeps): Promise<DataSource | null> {
  const asAt = await deps.data.asAtOf(undefined);
  if (!asAt) return null;
  try {
    return sourceOf((await deps.data.point(asAt)).point);
  } catch {
    return null;
  }
}
