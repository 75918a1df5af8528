import { listByNumber } from '../model/annex-a-lists.js';
import type { Database } from '../store/database.js';
import type { Severity } from './rule.js';
import { ANNEX_A_RULES } from './annex-a/index.js';
import { LOCAL_READ_RULES, LOCAL_RULES } from './local/index.js';
import { allCinRules } from './cin-census/index.js';
import { READ_RULES } from './read-rules.js';
import { allSsda903Rules } from './ssda903/layers.js';
import { WORKFORCE_READ_RULES, WORKFORCE_RULES } from './workforce/index.js';

export interface FindingExample {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly cell: string | null;
  readonly childId: string | null;
  readonly value: string | null;
  readonly message: string;
}

/** Findings of one rule in one column of one list. */
export interface FindingGroup {
  readonly list: number | null;
  readonly listTitle: string | null;
  readonly rule: string;
  readonly severity: Severity;
  readonly ruleTitle: string;
  readonly column: string | null;
  readonly count: number;
  readonly examples: FindingExample[];
}

export interface QualityReport {
  readonly extractId: number;
  readonly totals: Record<Severity, number>;
  readonly byRule: { rule: string; severity: Severity; title: string; count: number }[];
  readonly groups: FindingGroup[];
}

const SEVERITY_ORDER = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

/** Each source's rules, id → title (a reader id several sources share, `unreadable-value`, is worded for each). */
function titles(rules: readonly { id: string; title: string }[]): ReadonlyMap<string, string> {
  return new Map(rules.map((r) => [r.id, r.title]));
}
const ANNEX_A_TITLES = titles([...READ_RULES, ...ANNEX_A_RULES]);
const WORKFORCE_TITLES = titles([...WORKFORCE_READ_RULES, ...WORKFORCE_RULES]);
const LOCAL_TITLES = titles([...LOCAL_READ_RULES, ...LOCAL_RULES]);

/** A rule's title, worded for the extract's source when it is known. */
let returnTitles: { ssda903: ReadonlyMap<string, string>; cin: ReadonlyMap<string, string> } | null = null;

/** DfE return rules' messages, by code (the latest wording when a year changed it). */
function returnRuleTitles(): NonNullable<typeof returnTitles> {
  returnTitles ??= {
    ssda903: new Map(allSsda903Rules().map((r) => [r.code, r.message])),
    cin: new Map(allCinRules().map((r) => [r.code, r.message])),
  };
  return returnTitles;
}

export function ruleTitle(id: string, source?: string): string {
  if (source === 'ssda903') return returnRuleTitles().ssda903.get(id) ?? id;
  if (source === 'cin-census') return returnRuleTitles().cin.get(id) ?? id;
  const own = source === 'workforce' ? WORKFORCE_TITLES : source?.startsWith('local-') ? LOCAL_TITLES : ANNEX_A_TITLES;
  return own.get(id) ?? ANNEX_A_TITLES.get(id) ?? WORKFORCE_TITLES.get(id) ?? LOCAL_TITLES.get(id) ?? id;
}

/** Findings of an extract grouped by list, rule and column, with counts and a few examples. */
export async function qualityReport(
  db: Database,
  extractId: number,
  options: { examples?: number; childId?: string; minSeverity?: Severity } = {},
): Promise<QualityReport> {
  const examples = options.examples ?? 3;
  const filters = ['extract_id = $1'];
  const params: (string | number)[] = [extractId];
  if (options.childId) {
    params.push(options.childId);
    filters.push(`child_id = $${params.length}`);
  }
  if (options.minSeverity === 'warning') filters.push("severity IN ('error', 'warning')");
  if (options.minSeverity === 'error') filters.push("severity = 'error'");
  const where = filters.join(' AND ');
  const source = (await db.all<{ source: string }>('SELECT source FROM extracts WHERE extract_id = $1', [extractId]))[0]?.source;

  const groups = await db.all<{ list: number | null; rule: string; severity: Severity; column_name: string | null; n: number }>(
    `SELECT list, rule, severity, column_name, count(*) AS n FROM findings WHERE ${where}
     GROUP BY list, rule, severity, column_name
     ORDER BY list NULLS FIRST, ${SEVERITY_ORDER}, rule, column_name NULLS FIRST`,
    params,
  );
  const rows = await db.all<{ list: number | null; rule: string; column_name: string | null; sheet: string | null; row_number: number | null; cell: string | null; child_id: string | null; value: string | null; message: string }>(
    `SELECT * FROM (
       SELECT list, rule, column_name, sheet, row_number, cell, child_id, value, message,
         row_number() OVER (PARTITION BY list, rule, column_name ORDER BY seq) AS k
       FROM findings WHERE ${where}
     ) e WHERE e.k <= ${Math.max(0, Math.floor(examples))}`,
    params,
  );
  const key = (l: number | null, r: string, c: string | null) => `${l ?? ''}|${r}|${c ?? ''}`;
  const examplesByGroup = new Map<string, FindingExample[]>();
  for (const r of rows) {
    const k = key(r.list, r.rule, r.column_name);
    const list = examplesByGroup.get(k) ?? [];
    list.push({ sheet: r.sheet, row: r.row_number, cell: r.cell, childId: r.child_id, value: r.value, message: r.message });
    examplesByGroup.set(k, list);
  }
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRuleMap = new Map<string, { rule: string; severity: Severity; title: string; count: number }>();
  const out: FindingGroup[] = groups.map((g) => {
    totals[g.severity] += g.n;
    const br = byRuleMap.get(g.rule) ?? { rule: g.rule, severity: g.severity, title: ruleTitle(g.rule, source), count: 0 };
    br.count += g.n;
    byRuleMap.set(g.rule, br);
    return {
      list: g.list,
      listTitle: g.list === null ? null : listByNumber(g.list).title,
      rule: g.rule,
      severity: g.severity,
      ruleTitle: ruleTitle(g.rule, source),
      column: g.column_name,
      count: g.n,
      examples: examplesByGroup.get(key(g.list, g.rule, g.column_name)) ?? [],
    };
  });
  const rank = { error: 0, warning: 1, info: 2 };
  const byRule = [...byRuleMap.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count);
  return { extractId, totals, byRule, groups: out };
}
