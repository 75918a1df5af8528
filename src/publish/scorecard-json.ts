import type { Scorecard } from '../scorecard/scorecard.js';

/** The scorecard's JSON form: stable field names, one object per measure. */
export function scorecardJson(s: Scorecard): object {
  return {
    asAt: s.asAt,
    team: s.team,
    extract: s.extract,
    notes: s.notes,
    measures: s.measures.map((m) => ({
      id: m.id,
      title: m.title,
      theme: m.theme,
      kind: m.kind,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      unit: m.unit,
      polarity: m.polarity,
      asAt: m.asAt,
      extractId: m.extractId,
    })),
  };
}
