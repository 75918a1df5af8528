import { describe, expect, it } from 'vitest';
import { type ReturnRule, layerRules, runReturnRules } from './return-rule.js';

type Data = { rows: { child: string; sex: string }[] };
const rule = (code: string, extra: Partial<ReturnRule<Data>> = {}): ReturnRule<Data> => ({
  code,
  message: `rule ${code}`,
  kind: 'error',
  tables: ['Header'],
  fields: ['SEX'],
  years: {},
  check: (d) => d.rows.filter((r) => r.sex !== '1' && r.sex !== '2').map((r, i) => ({ code, child: r.child, table: 'Header', row: i + 1, fields: ['SEX'], values: { SEX: r.sex } })),
  ...extra,
});
const ctx = { year: 2025, yearStart: '2024-04-01', yearEnd: '2025-03-31', la: null };

describe('return rules', () => {
  it('layers years: additions, replacements and deletions', () => {
    const base = [rule('103'), rule('104'), rule('105', { years: { to: 2023 } })];
    const layers = [
      { year: 2024, add: [rule('104', { message: 'changed' }), rule('200')], delete: ['103'] },
      { year: 2026, add: [rule('300')] },
    ];
    const y2025 = layerRules(base, layers, 2025);
    expect(y2025.map((r) => r.code).sort()).toEqual(['104', '200']);
    expect(y2025.find((r) => r.code === '104')?.message).toBe('changed');
    expect(layerRules(base, layers, 2023).map((r) => r.code).sort()).toEqual(['103', '104', '105']);
  });

  it('reports a rule that throws as failed to run, never as passed', async () => {
    const boom = rule('999', { check: () => { throw new Error('column DUC missing'); } });
    const r = await runReturnRules([rule('103'), boom], { rows: [{ child: 'A', sex: '3' }] }, ctx, [rule('103'), boom, rule('105')]);
    expect(r.rules).toEqual([
      { code: '103', message: 'rule 103', kind: 'error', status: 'failed', count: 1 },
      { code: '105', message: 'rule 105', kind: 'error', status: 'not-applicable', count: 0 },
      { code: '999', message: 'rule 999', kind: 'error', status: 'failed-to-run', count: 0, error: 'column DUC missing' },
    ]);
    expect(r.findings).toEqual([{ code: '103', child: 'A', table: 'Header', row: 1, fields: ['SEX'], values: { SEX: '3' }, message: 'rule 103' }]);
  });
});
