import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { CORE_MEASURES, buildCatalogue } from '../src/measures/catalogue/index.js';
import { RULE_SECTIONS } from '../src/quality/catalogue.js';
import { measuresMarkdown } from '../src/publish/measures-markdown.js';
import { rulesMarkdown } from '../src/publish/rules-markdown.js';

/** The documents are rendered from the code; a change to either must regenerate them. */
describe('generated documentation is current', () => {
  it('docs/measures.md matches the catalogue (regenerate: npx csc-scorecard measures --format markdown > docs/measures.md)', async () => {
    const catalogue = buildCatalogue({ standards: parseConfig('', 'defaults').standards });
    expect(await readFile('docs/measures.md', 'utf8')).toBe(measuresMarkdown(catalogue));
  });

  it('docs/data-quality.md matches the rules (regenerate: npx csc-scorecard check --rules --format markdown > docs/data-quality.md)', async () => {
    expect(await readFile('docs/data-quality.md', 'utf8')).toBe(rulesMarkdown(RULE_SECTIONS));
  });

  it('the version the command line prints is the package version', async () => {
    const { VERSION } = await import('../src/version.js');
    expect(VERSION).toBe((JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version);
  });

  it('the catalogue has every id of the core contract, each once', () => {
    const ids = CORE_MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'contacts_month', 'referrals_month', 'rereferrals_12m', 'referrals_nfa', 'assessments_completed_month', 'assessments_45wd',
        'assessments_child_seen', 's47_month', 'icpc_15wd', 'cin_open', 'cp_open', 'cp_visited_10wd', 'cp_second_plus', 'cp_2years_plus',
        'cla_open', 'cla_uasc', 'cla_3plus_placements', 'cla_visited_6wk', 'cla_health_12m', 'cla_dental_12m', 'care_leavers_in_touch',
        'care_leavers_eet', 'care_leavers_suitable_accom', 'caseload_mean', 'caseload_max', 'unallocated_open',
      ].sort(),
    );
  });
});
