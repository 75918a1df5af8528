import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { FILE_KINDS, type FileKind, isFileKind, kindFromName } from '../../jobs/load-file.js';
import { isIsoDate } from '../../model/dates.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { renderContent, sendPage } from '../render.js';
import { accessOf } from '../team-scope/access.js';
import { checkUpload } from '../uploads.js';
import { authorityOf, formOf, param, latestSource } from './common.js';
import type { RouteSpec } from './route.js';

async function uploadForm(deps: WebDeps, c: Context<WebEnv>, error: string | null, status: 200 | 400 = 200): Promise<Response> {
  const content = renderContent(deps.views, 'upload.njk', { kinds: FILE_KINDS, error, csrfToken: c.get('session')?.csrfToken ?? '', inbox: deps.refresh.inbox });
  return sendPage(c, deps.views, { title: error ? 'Error: Upload a file' : 'Upload a file', nav: 'upload', status, source: await latestSource(deps) }, content, authorityOf(deps));
}

/**
 * Upload: an analyst sends an Annex A workbook (or a census or local file); it is loaded in a
 * transaction that is rolled back, and its findings are shown first; only when the analyst
 * confirms is it loaded for real (and the pages recomputed).
 */
export function uploadRoutes(deps: WebDeps): RouteSpec[] {
  return [
    { method: 'GET', path: '/upload', access: 'analyst', childLevel: false, handler: (c) => uploadForm(deps, c, null) },
    {
      method: 'POST',
      path: '/upload',
      access: 'analyst',
      childLevel: true,
      handler: async (c) => {
        const a = accessOf(c);
        const body = await c.req.parseBody();
        const file = body.file;
        if (!(file instanceof File) || file.size === 0) return uploadForm(deps, c, 'Choose a file to upload', 400);
        const kindField = typeof body.kind === 'string' ? body.kind : '';
        const kind: FileKind | null = isFileKind(kindField) ? kindField : kindFromName(file.name);
        if (!kind) return uploadForm(deps, c, `Say what kind of file ${file.name} is`, 400);
        const asAtField = typeof body['as-at'] === 'string' ? body['as-at'].trim() : '';
        if (asAtField && !isIsoDate(asAtField)) return uploadForm(deps, c, 'Enter the as-at date as YYYY-MM-DD, or leave it blank', 400);
        const replace = body.replace === 'yes';
        const path = await deps.uploads.save(new Uint8Array(await file.arrayBuffer()), file.name);
        const asAt = asAtField || undefined;
        const check = await checkUpload(deps.refresh.loads, path, kind, { asAt, replace, loadedBy: a.user.username });
        const pending = deps.uploads.add({ userId: a.user.id, path, fileName: file.name, kind, asAt, replace, check });
        if (!check.ok) await deps.uploads.remove(pending.token);
        const content = renderContent(deps.views, 'upload-check.njk', {
          p: pending,
          kindLabel: FILE_KINDS.find((k) => k.kind === kind)?.label ?? kind,
          rows: Object.entries(check.rowCounts).filter(([, n]) => n > 0),
          csrfToken: c.get('session')?.csrfToken ?? '',
        });
        return sendPage(c, deps.views, { title: check.ok ? 'Check the file before loading it' : 'Error: the file cannot be loaded', nav: 'upload', status: check.ok ? 200 : 400, wide: true, source: await latestSource(deps) }, content, authorityOf(deps));
      },
    },
    {
      method: 'POST',
      path: '/upload/:token/commit',
      access: 'analyst',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const p = deps.uploads.get(param(c, 'token'), a.user.id);
        if (!p) throw new HTTPException(404, { message: 'This upload has expired or was already loaded: upload the file again.' });
        await formOf(c);
        const outcome = await deps.refresh.loadUpload(p.path, p.fileName, p.kind, { asAt: p.asAt, replace: p.replace, loadedBy: a.user.username });
        await deps.uploads.remove(p.token);
        if (outcome.status === 'failed') throw new HTTPException(409, { message: `${p.fileName} was not loaded, and nothing was changed: ${outcome.error}` });
        const session = c.get('session');
        if (session) session.flash = `${p.fileName} is loaded as extract ${outcome.extractId}, as at ${outcome.asAt}. The pages now show it.`;
        return c.redirect('/extracts', 303);
      },
    },
    {
      method: 'POST',
      path: '/upload/:token/cancel',
      access: 'analyst',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const p = deps.uploads.get(param(c, 'token'), a.user.id);
        if (p) await deps.uploads.remove(p.token);
        const session = c.get('session');
        if (session) session.flash = 'The upload was cancelled; nothing was loaded.';
        return c.redirect('/upload', 303);
      },
    },
  ];
}
