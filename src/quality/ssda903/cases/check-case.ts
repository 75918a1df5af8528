import { type RuleCase, findingsOf } from '../testing.js';

/** What is wrong with a rule's case: the failing return not reported (or other rows), the passing one reported. */
export async function checkCase(c: RuleCase): Promise<string[]> {
  const problems: string[] = [];
  const fail = await findingsOf(c.code, c.fail, { year: c.year, previous: c.previous, format: c.format });
  if (fail.length === 0) problems.push('the failing case was not reported');
  if (fail.some((f) => f.code !== c.code)) problems.push('a finding carries another code');
  if (c.rows) {
    const got = [...new Set(fail.map((f) => `${f.table}:${f.row}`))].sort();
    if (JSON.stringify(got) !== JSON.stringify([...c.rows].sort())) problems.push(`reported ${got.join(', ')}, expected ${c.rows.join(', ')}`);
  }
  const pass = await findingsOf(c.code, c.pass, { year: c.year, previous: c.passPrevious ?? c.previous, format: c.format });
  if (pass.length) problems.push(`the passing case was reported: ${pass.map((f) => `${f.table}:${f.row}`).join(', ')}`);
  return problems;
}
