import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ssda903RulesMarkdown } from '../src/quality/ssda903/docs.js';
import { codesByYear } from '../src/quality/ssda903/layers.js';

/** The rule list is rendered from the rule index; a change to the rules must regenerate it. */
describe('docs/ssda903-rules.md', () => {
  it('matches the rules (regenerate: npx csc-scorecard validate ssda903 --rules --format markdown > docs/ssda903-rules.md)', async () => {
    expect(await readFile('docs/ssda903-rules.md', 'utf8')).toBe(ssda903RulesMarkdown());
  });

  it('has at least 150 rules in every collection year', () => {
    for (const y of codesByYear()) expect(y.codes.length, String(y.year)).toBeGreaterThanOrEqual(150);
  });
});
