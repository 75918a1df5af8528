import { isoToDay } from '../../model/dates.js';
import type { BulkColumnType, Database } from '../../store/database.js';
import type { Serial } from '../serial.js';

/** What was done with child-level data. */
export type AuditAction =
  | 'view-child'
  | 'view-drill'
  | 'view-finding-rows'
  | 'export-csv'
  | 'export-xlsx'
  | 'api-drill';

export interface AuditEntry {
  readonly action: AuditAction;
  /** The child viewed (a child page), or null for a list. */
  readonly childId?: string | null;
  readonly measureId?: string | null;
  readonly asAt?: string | null;
  /** How many rows (children) were shown or exported. */
  readonly rows?: number | null;
  /** The filters and options in force (team, numerator, search, sort, page). */
  readonly detail?: Record<string, unknown>;
}

export interface AuditActor {
  readonly userId: number | null;
  readonly username: string;
  readonly role: string;
  readonly client: string | null;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'detail'>> {
  readonly entryId: number;
  readonly at: string;
  readonly username: string;
  readonly role: string;
  readonly client: string | null;
  readonly detail: Record<string, unknown>;
}

const AUDIT_COLUMNS: { name: string; type: BulkColumnType }[] = [
  { name: 'entry_id', type: 'bigint' },
  { name: 'entered_at', type: 'text' },
  { name: 'user_id', type: 'integer' },
  { name: 'username', type: 'text' },
  { name: 'role', type: 'text' },
  { name: 'action', type: 'text' },
  { name: 'child_id', type: 'text' },
  { name: 'measure_id', type: 'text' },
  { name: 'as_at', type: 'date' },
  { name: 'rows_shown', type: 'integer' },
  { name: 'detail', type: 'text' },
  { name: 'client', type: 'text' },
];

/**
 * The audit log of every view and export of child-level data: who, when, what. This is the
 * one place a child's id is written outside the extracts, because an admin must be able to
 * answer "who looked at this child". Entries are queued and written together a moment later,
 * in one transaction, so fifty managers opening lists at once cost one write, not fifty;
 * `flush` (called on shutdown) writes what is queued.
 */
export class AuditLog {
  private queue: (AuditEntry & AuditActor & { at: string })[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly writes: Serial,
    private readonly options: { delayMs?: number; now?: () => Date } = {},
  ) {}

  record(actor: AuditActor, entry: AuditEntry): void {
    this.queue.push({ ...actor, ...entry, at: (this.options.now?.() ?? new Date()).toISOString() });
    this.timer ??= setTimeout(() => void this.flush(), this.options.delayMs ?? 100);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    const previous = this.flushing;
    this.flushing = (async () => {
      await previous;
      if (batch.length === 0) return;
      await this.writes.run((db) =>
        db.transaction(async () => {
          const next = (await db.all<{ n: number | null }>('SELECT max(entry_id) AS n FROM audit_log'))[0]?.n ?? 0;
          const w = await db.bulkWriter('audit_log', AUDIT_COLUMNS);
          batch.forEach((e, i) => {
            w.append([next + i + 1, e.at, e.userId, e.username, e.role, e.action, e.childId ?? null, e.measureId ?? null, e.asAt ? isoToDay(e.asAt) : null, e.rows ?? null, JSON.stringify(e.detail ?? {}), e.client]);
          });
          w.close();
        }),
      );
    })();
    await this.flushing;
  }
}

interface AuditRow {
  entry_id: number;
  entered_at: string;
  username: string;
  role: string;
  action: AuditAction;
  child_id: string | null;
  measure_id: string | null;
  as_at: string | null;
  rows_shown: number | null;
  detail: string;
  client: string | null;
}

export interface AuditQuery {
  readonly username?: string;
  readonly action?: string;
  readonly childId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Entries newest first, filtered; with the total matching. */
export async function listAudit(db: Database, q: AuditQuery = {}): Promise<{ total: number; entries: AuditRecord[] }> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (q.username) {
    params.push(q.username.toLowerCase());
    where.push(`username = $${params.length}`);
  }
  if (q.action) {
    params.push(q.action);
    where.push(`action = $${params.length}`);
  }
  if (q.childId) {
    params.push(q.childId);
    where.push(`child_id = $${params.length}`);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (await db.all<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${w}`, params))[0]?.n ?? 0;
  const limit = Math.min(Math.max(1, q.limit ?? 100), 1000);
  const offset = Math.max(0, q.offset ?? 0);
  const rows = await db.all<AuditRow>(`SELECT * FROM audit_log ${w} ORDER BY entry_id DESC LIMIT ${limit} OFFSET ${offset}`, params);
  return {
    total,
    entries: rows.map((r) => ({
      entryId: r.entry_id,
      at: r.entered_at,
      username: r.username,
      role: r.role,
      action: r.action,
      childId: r.child_id,
      measureId: r.measure_id,
      asAt: r.as_at,
      rows: r.rows_shown,
      client: r.client,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
  };
}
