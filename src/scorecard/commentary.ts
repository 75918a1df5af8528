import type { IsoDate } from '../model/dates.js';
import { isIsoDate, todayIso } from '../model/dates.js';
import type { Database } from '../store/database.js';
import { UserError } from '../user-error.js';

/**
 * The service's commentary beside a figure: the area of focus, the response, and the update.
 * One entry per measure (or theme) and month; a later entry for the same month replaces the
 * earlier one in outputs, and every entry is kept.
 */
export interface Commentary {
  /** A measure id, or `theme:<theme>`. */
  readonly subject: string;
  /** The month it speaks to, `YYYY-MM`. */
  readonly month: string;
  readonly areaOfFocus: string;
  readonly response: string;
  readonly update: string;
  readonly author: string;
  readonly writtenOn: IsoDate;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateCommentary(c: Partial<Commentary>, where: string, knownSubjects?: ReadonlySet<string>): Commentary {
  const problems: string[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim());
  const subject = text(c.subject);
  const month = text(c.month);
  if (!subject) problems.push('no measure or theme');
  else if (knownSubjects && !knownSubjects.has(subject)) problems.push(`"${subject}" is not a measure id or theme:<theme>`);
  if (!MONTH_RE.test(month)) problems.push(`month "${month}" is not YYYY-MM`);
  const entry = {
    subject,
    month,
    areaOfFocus: text(c.areaOfFocus),
    response: text(c.response),
    update: text(c.update),
    author: text(c.author),
    writtenOn: text(c.writtenOn) || todayIso(),
  };
  if (!entry.areaOfFocus && !entry.response && !entry.update) problems.push('no text: give an area of focus, a response or an update');
  if (!entry.author) problems.push('no author');
  if (!isIsoDate(entry.writtenOn)) problems.push(`date "${entry.writtenOn}" is not YYYY-MM-DD`);
  for (const [k, v] of Object.entries(entry)) if (v.length > 4000) problems.push(`${k} is longer than 4,000 characters`);
  if (problems.length) throw new UserError(`${where}: ${problems.join('; ')}`);
  return entry;
}

export async function addCommentary(db: Database, entries: readonly Commentary[]): Promise<number> {
  return db.transaction(async () => {
    const next = await db.all<{ n: number | null }>('SELECT max(entry_id) AS n FROM commentary');
    let id = next[0]?.n ?? 0;
    for (const c of entries) {
      id += 1;
      await db.run(
        `INSERT INTO commentary (entry_id, subject, month, area_of_focus, response, update_text, author, written_on, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS DATE), $9)`,
        [id, c.subject, c.month, c.areaOfFocus, c.response, c.update, c.author, c.writtenOn, new Date().toISOString()],
      );
    }
    return entries.length;
  });
}

interface CommentaryRow {
  subject: string;
  month: string;
  area_of_focus: string;
  response: string;
  update_text: string;
  author: string;
  written_on: string;
}

function toCommentary(r: CommentaryRow): Commentary {
  return { subject: r.subject, month: r.month, areaOfFocus: r.area_of_focus, response: r.response, update: r.update_text, author: r.author, writtenOn: r.written_on };
}

/** The current entry for each subject for a month (the latest written). */
export async function commentaryFor(db: Database, month: string): Promise<Map<string, Commentary>> {
  const rows = await db.all<CommentaryRow>(
    `SELECT subject, month, area_of_focus, response, update_text, author, written_on FROM (
       SELECT c.*, row_number() OVER (PARTITION BY subject ORDER BY written_on DESC, entry_id DESC) AS k FROM commentary c WHERE month = $1
     ) x WHERE x.k = 1`,
    [month],
  );
  return new Map(rows.map((r) => [r.subject, toCommentary(r)]));
}

export async function listCommentary(db: Database, month?: string): Promise<Commentary[]> {
  const rows = month
    ? await db.all<CommentaryRow>('SELECT * FROM commentary WHERE month = $1 ORDER BY month, subject, entry_id', [month])
    : await db.all<CommentaryRow>('SELECT * FROM commentary ORDER BY month, subject, entry_id');
  return rows.map(toCommentary);
}
