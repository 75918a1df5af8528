import { CODE_LISTS, type CodeListKey } from '../model/codes.js';
import { LOCAL_TEMPLATES, type LocalTemplate, type TemplateColumn, localSource, localTable } from '../model/local-templates.js';
import { LOCAL_READ_RULES, LOCAL_RULES } from '../quality/local/index.js';

const TYPES: Record<TemplateColumn['type'], string> = {
  text: 'text',
  date: 'date (dd/mm/yyyy or yyyy-mm-dd)',
  month: 'month (Mar 2024, 2024-03, 03/2024) or a date',
  decimal: 'number (FTE: 7.5)',
  code: 'code (below)',
};

/** A cell for a Markdown table: pipes escaped, nothing else changed. */
const md = (s: string): string => s.replace(/\|/g, '\\|');

/** docs/local-templates.md, rendered from the template definitions so the layouts have one source. */
export function localTemplatesMarkdown(templates: readonly LocalTemplate[] = LOCAL_TEMPLATES): string {
  const out: string[] = [
    '# Local templates',
    '',
    '<!-- Generated from src/model/local-templates.ts by src/publish/local-templates-markdown.ts; do not edit by hand.',
    '     Regenerate: UPDATE_DOCS=1 npx vitest run test/local-templates-doc.test.ts -->',
    '',
    'CSV layouts for what no statutory return holds: supervision, management oversight, case audits and the',
    "establishment of teams. Export them from the case-management or HR system (or keep them in a spreadsheet and",
    'save as CSV), then load each file as an extract:',
    '',
    '```sh',
    'csc-scorecard load local supervision supervision-2024-03-31.csv',
    'csc-scorecard load local audits audits.csv --as-at 2024-03-31',
    '```',
    '',
    'How a file is read:',
    '',
    '- **Delimiter and encoding.** Comma, semicolon or tab separated; UTF-8 with or without a byte-order mark, or',
    '  Windows-1252 as Excel writes "CSV (Comma delimited)". Cells may be quoted Excel-style (`"Smith, Jo"`, `""` for a quote).',
    '- **Header row.** The first line whose cells name at least two of the template\'s columns; title lines above it',
    '  are skipped. Headers are matched ignoring case, spaces and punctuation, also by the other names listed below and,',
    '  with a warning, by a spelling one typo away. Columns in any order; extra columns are reported and not loaded;',
    '  missing columns are reported (an error when rows cannot be used without them).',
    '- **Values.** Dates day first (`04/03/2024` is 4 March). A value that cannot be read is stored as blank, and a',
    '  finding keeps the file, line, column and original text. Codes are matched ignoring case, by any spelling listed.',
    '- **As-at date.** `--as-at`, else a date in the file name (`audits-2024-03-31.csv`, or `audits-2024-03.csv` for the',
    '  month end), else the latest date in the file (with a warning: give `--as-at` if the file was taken later).',
    '  Each load is an extract; load one file a month, each holding at least the months the measures look back over.',
    '- **Checks.** The rules below run inside the load; see the findings with `csc-scorecard check --extract N`.',
    '',
  ];
  for (const t of templates) out.push(...templateSection(t));
  out.push('## Findings while reading any template', '', '| Rule | Severity | What it means |', '|---|---|---|');
  for (const r of LOCAL_READ_RULES) out.push(`| \`${r.id}\` | ${r.severity} | ${md(r.title)} |`);
  return `${out.join('\n')}\n`;
}

function templateSection(t: LocalTemplate): string[] {
  const out: string[] = [
    `## ${t.title} (\`${t.kind}\`)`,
    '',
    t.description,
    '',
    `Load with \`csc-scorecard load local ${t.kind} FILE.csv\`; rows go to the table \`${localTable(t)}\`, extracts are recorded as source \`${localSource(t)}\`.`,
    '',
    '| Column | Field | Type | Required | Also accepted as | What it holds |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of t.columns) {
    const required = c.required ? 'yes' : t.anyOf?.includes(c.key) ? `one of ${t.anyOf.map((k) => `\`${k}\``).join(', ')}` : '';
    out.push(`| ${md(c.header)} | \`${c.key}\` | ${TYPES[c.type]} | ${required} | ${md((c.aliases ?? []).join(', '))} | ${md(c.description)} |`);
  }
  const coded = t.columns.filter((c) => c.codes);
  for (const c of coded) out.push('', ...codeList(c.header, c.codes as CodeListKey));
  out.push('', 'Example:', '', '```csv', csvLine(t.columns.map((c) => c.header)));
  for (const i of [0, 1] as const) out.push(csvLine(t.columns.map((c) => c.examples[i])));
  out.push('```', '', 'Checks:', '', '| Rule | Severity | What it finds |', '|---|---|---|');
  for (const r of LOCAL_RULES.filter((x) => x.kind === t.kind)) out.push(`| \`${r.id}\` | ${r.severity} | ${md(r.title)} |`);
  out.push('');
  return out;
}

function codeList(header: string, key: CodeListKey): string[] {
  const list = CODE_LISTS[key];
  return [
    `${header} codes (stored as the code):`,
    '',
    '| Code | Meaning | Also accepted |',
    '|---|---|---|',
    ...list.entries.map((e) => `| ${md(e.code)} | ${md(e.label)} | ${md((e.aliases ?? []).map((a) => `\`${a}\``).join(', '))} |`),
  ];
}

function csvLine(cells: readonly string[]): string {
  return cells.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}
