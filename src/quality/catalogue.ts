import { ANNEX_A_RULES } from './annex-a/index.js';
import { LOCAL_READ_RULES, LOCAL_RULES } from './local/index.js';
import { READ_RULES } from './read-rules.js';
import type { ReadRule, Severity } from './rule.js';
import { WORKFORCE_READ_RULES, WORKFORCE_RULES } from './workforce/index.js';

/** A rule as the documentation and `check --rules` list it. */
export interface RuleEntry {
  readonly id: string;
  readonly severity: Severity | 'varies';
  readonly title: string;
  /** Fields read, as `list.field` (Annex A) or `template.field`. */
  readonly fields: readonly string[];
}

export interface RuleSection {
  readonly source: string;
  readonly title: string;
  readonly read: readonly ReadRule[];
  readonly rules: readonly RuleEntry[];
}

/** Every data-quality rule of every source, by source. */
export const RULE_SECTIONS: readonly RuleSection[] = [
  { source: 'annex-a', title: 'Ofsted Annex A workbooks', read: READ_RULES, rules: ANNEX_A_RULES },
  { source: 'workforce', title: "Children's Social Work Workforce census (XML)", read: WORKFORCE_READ_RULES, rules: WORKFORCE_RULES },
  {
    source: 'local',
    title: 'Local templates (supervision, oversight, audits, establishment CSVs)',
    read: LOCAL_READ_RULES,
    rules: LOCAL_RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, fields: r.reads.map((f) => `${r.kind}.${f}`) })),
  },
];
