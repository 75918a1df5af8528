import { THEME_TITLES, type Theme } from '../measures/measure.js';
import type { Scorecard } from '../scorecard/scorecard.js';
import { formatCount, formatValue } from './format.js';
import { textTable } from './text-table.js';

const POLARITY: Record<string, string> = { higher: '↑ better', lower: '↓ better', context: '' };

export function scorecardText(s: Scorecard): string {
  const out = [`Scorecard as at ${s.asAt}${s.team ? ` · team ${s.team}` : ''}`, `Extract ${s.extract.extractId}: ${s.extract.fileName} (as at ${s.extract.asAt})`];
  for (const n of s.notes) out.push(`Note: ${n}`);
  const themes = [...new Set(s.measures.map((m) => m.theme))] as Theme[];
  for (const theme of themes) {
    out.push('', THEME_TITLES[theme]);
    out.push(
      textTable(
        [{ header: 'Measure' }, { header: 'Value', align: 'right' }, { header: 'Num', align: 'right' }, { header: 'Denom', align: 'right' }, { header: 'Id' }, { header: '' }],
        s.measures
          .filter((m) => m.theme === theme)
          .map((m) => [m.title, formatValue(m), formatCount(m.numerator), formatCount(m.denominator), m.id, POLARITY[m.polarity] ?? '']),
      ),
    );
  }
  return out.join('\n');
}
