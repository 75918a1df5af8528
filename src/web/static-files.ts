import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Hono } from 'hono';
import type { WebEnv } from './env.js';
import { bundledFile } from '../paths.js';
import { govukDist } from './render.js';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/manifest+json',
  '.map': 'application/json',
};

/**
 * The static files, read once at start into memory from a fixed list (no path from a request
 * ever reaches the file system): GOV.UK Frontend's compiled CSS and JavaScript, and the
 * dashboard's own CSS, script and icon (no crown, crest or GDS font: this is not GOV.UK).
 */
export function staticFiles(): Map<string, { body: Buffer; type: string }> {
  const govuk = join(govukDist(), 'govuk');
  // The build copies no files: the dashboard's own assets are read from the source tree.
  const own = bundledFile('src', 'web', 'assets');
  const files: [string, string][] = [
    ['/static/govuk-frontend.min.css', join(govuk, 'govuk-frontend.min.css')],
    ['/static/govuk-frontend.min.js', join(govuk, 'govuk-frontend.min.js')],
    ['/static/app.css', join(own, 'app.css')],
    ['/static/app.js', join(own, 'app.js')],
    ['/static/favicon.svg', join(own, 'favicon.svg')],
  ];
  return new Map(files.map(([url, file]) => [url, { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' }]));
}

export function mountStatic(app: Hono<WebEnv>): string[] {
  const files = staticFiles();
  for (const [url, f] of files) {
    app.get(url, (c) => {
      c.header('Content-Type', f.type);
      // Not fingerprinted: a day's caching, then the browser checks again.
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(new Uint8Array(f.body));
    });
  }
  return [...files.keys()];
}
