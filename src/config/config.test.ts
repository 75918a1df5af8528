import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('configuration', () => {
  it('accepts closure days and an authority name', () => {
    expect(parseConfig('authority: Northbrook\nclosures: [2024-12-27, "2024-12-30"]\n', 'c.yaml')).toMatchObject({
      authority: 'Northbrook',
      closures: ['2024-12-27', '2024-12-30'],
    });
  });

  it('defaults an empty file', () => {
    const c = parseConfig('', 'c.yaml');
    expect(c.closures).toEqual([]);
    expect(c.standards.cpVisitWorkingDays).toBe(10);
    expect(c.standards.cinVisit).toEqual({ every: 20, unit: 'working-days' });
    expect(c.targets).toEqual({});
  });

  it('reads standards, population and targets by financial year', () => {
    const c = parseConfig(
      'standards: { cpVisitWorkingDays: 20, cinVisit: { every: 4, unit: weeks } }\npopulation: { "2025": 61200 }\ntargets:\n  assessments_45wd:\n    - { minimum: 80, upper: 90 }\n    - { from: 2025/26, minimum: 85, upper: 92 }\n  rereferrals_12m: { minimum: 25, upper: 20 }\n',
      'c.yaml',
    );
    expect(c.standards.cpVisitWorkingDays).toBe(20);
    expect(c.standards.claVisitWeeks).toBe(6);
    expect(c.population).toEqual({ '2025': 61200 });
    expect(c.targets.assessments_45wd).toEqual([{ minimum: 80, upper: 90 }, { from: '2025/26', minimum: 85, upper: 92 }]);
    expect(() => parseConfig('targets: { x: { from: 2025/27 } }', 'c.yaml')).toThrow(/targets\.x\.from: expected a financial year such as 2025\/26/);
    expect(() => parseConfig('standards: { cpVisitWorkingDays: 0 }', 'c.yaml')).toThrow(/standards\.cpVisitWorkingDays/);
  });

  it('names the file and the field in errors', () => {
    expect(() => parseConfig('closures: [27/12/2024]', 'c.yaml')).toThrow(/c\.yaml: closures\.0: expected a date as YYYY-MM-DD/);
    expect(() => parseConfig('closurs: []', 'c.yaml')).toThrow(ConfigError);
    expect(() => parseConfig('closures: [', 'c.yaml')).toThrow(/not valid YAML/);
  });
});
