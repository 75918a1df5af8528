import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Config } from '../../config/config.js';
import { CORE_MEASURES } from '../../measures/catalogue/index.js';
import type { Measure } from '../../measures/measure.js';
import { monthEnd, monthStart } from '../../model/dates.js';
import { buildBundle } from '../../scorecard/bundle.js';
import { pointFor } from '../../scorecard/scorecard.js';
import { targetsAt } from '../../scorecard/targets.js';
import type { Database } from '../../store/database.js';
import { UserError } from '../../user-error.js';
import { longDate, monthLabel } from '../scorecard-labels.js';
import { AUDIENCE_RULES, type Audience } from './audience.js';
import { knownIdentifiers } from './identifiers.js';
import { type PackMetaOverrides, packMeta } from './pack-meta.js';
import { type PackModel, buildPackModel } from './pack-model.js';
import { packDocx } from './pack-docx.js';
import { packHtml } from './pack-html.js';
import { renderPdf } from './pdf.js';
import { runningText } from './running-text.js';
import { readDocxStyles } from './docx-template.js';

/** The service behind `csc-scorecard pack`: a month's figures → the pack model → a file's bytes. */
export const PACK_FORMATS = ['pdf', 'docx', 'html'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

/** A year of month ends: the charts show the figure's last twelve months. */
export const PACK_TREND_POINTS = 12;

export interface PackRequest {
  /** YYYY-MM */
  readonly month: string;
  readonly audience: Audience;
  readonly config: Config;
  readonly measures: readonly Measure[];
  readonly overrides?: PackMetaOverrides;
  /** Measure ids to chart (over the configuration's `pack.focus`). */
  readonly focus?: readonly string[];
  /** Fixed in tests. */
  readonly generatedAt?: string;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function hasTargets(config: Config, id: string, asAt: string): boolean {
  const t = targetsAt(config, id, asAt);
  return t.minimum !== null || t.upper !== null;
}

export async function buildPack(db: Database, r: PackRequest): Promise<PackModel> {
  if (!MONTH_RE.test(r.month)) throw new UserError(`--month ${r.month} is not a month; give it as YYYY-MM`);
  const asAt = monthEnd(`${r.month}-01`);
  const { point } = await pointFor(db, asAt);
  // A pack reports its month: an extract from an earlier month would present old figures as new.
  if (point.extract.asAt < monthStart(asAt)) {
    throw new UserError(`no extract is loaded for ${monthLabel(asAt)}: the latest on or before it is as at ${longDate(point.extract.asAt)}; load that month's Annex A first`);
  }
  // Check the cover's details before minutes go on figures (a public pack marked SENSITIVE is refused).
  const meta = packMeta(r.config.pack, r.config.authority ?? null, r.audience, asAt, r.overrides);
  const core = new Set(CORE_MEASURES.map((m) => m.id));
  const focus = r.focus ?? r.config.pack.focus;
  // Only a board pack shows teams, and only for its headline measures: each breakdown is a query.
  const byTeamOf = AUDIENCE_RULES[r.audience].teamBreakdowns
    ? (m: Measure) => core.has(m.id) || (focus?.includes(m.id) ?? false) || hasTargets(r.config, m.id, asAt)
    : () => false;
  const bundle = await buildBundle(db, { asAt, config: r.config, measures: r.measures, trendPoints: PACK_TREND_POINTS, generatedAt: r.generatedAt, byTeamOf });
  return buildPackModel(bundle, { audience: r.audience, meta, config: r.config, identifiers: await knownIdentifiers(db), focus, headline: core });
}

/** Which template a format takes: the council's Word styles for docx, its CSS for html and pdf. */
export function templateKind(format: PackFormat, file: string): 'docx' | 'css' {
  const ext = extname(file).toLowerCase();
  if (format === 'docx' && (ext === '.docx' || ext === '.dotx')) return 'docx';
  if (format !== 'docx' && ext === '.css') return 'css';
  throw new UserError(
    format === 'docx'
      ? `--template ${file}: a Word pack takes a .docx or .dotx template (its styles are used)`
      : `--template ${file}: a ${format} pack takes a .css file (added after the pack's own styles)`,
  );
}

export async function renderPack(model: PackModel, format: PackFormat, template?: string): Promise<Buffer> {
  const kind = template ? templateKind(format, template) : null;
  const readTemplate = async () => {
    try {
      return await readFile(template as string);
    } catch {
      throw new UserError(`--template ${template}: the file cannot be read`);
    }
  };
  const extraCss = kind === 'css' ? (await readTemplate()).toString('utf8') : undefined;
  switch (format) {
    case 'html':
      return Buffer.from(packHtml(model, { extraCss }), 'utf8');
    case 'pdf':
      return renderPdf(packHtml(model, { extraCss, marginBoxes: false }), { running: runningText(model) });
    case 'docx': {
      const styles = kind === 'docx' ? await readDocxStyles(await readTemplate(), template as string) : undefined;
      return packDocx(model, { styles });
    }
  }
}
