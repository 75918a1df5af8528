import type { MeasureKind } from '../../measures/measure.js';
import { type FigureCells, isSmall, suppressBreakdown, suppressFigure } from '../../scorecard/suppression.js';

/**
 * A figure as a pack may show it. A withheld cell keeps no number at all (so no renderer can
 * print it by mistake), only why it is withheld: `small`, a count of 1 to 4, printed "<5";
 * `derived`, a figure that would reveal one (a percentage built on it, or a cell withheld by
 * secondary suppression), printed "[c]" as GOV.UK statistics mark confidential cells.
 */
export type Withheld = 'small' | 'derived';

export interface ShownCell {
  readonly n: number | null;
  readonly withheld: Withheld | null;
}

export interface ShownFigure {
  readonly value: ShownCell;
  readonly numerator: ShownCell;
  readonly denominator: ShownCell;
}

export const NO_FIGURE: ShownFigure = { value: { n: null, withheld: null }, numerator: { n: null, withheld: null }, denominator: { n: null, withheld: null } };

function cell(original: number | null, hidden: boolean, isCount: boolean): ShownCell {
  if (!hidden) return { n: original, withheld: null };
  return { n: null, withheld: isCount && isSmall(original) ? 'small' : 'derived' };
}

/** A count measure's value is itself a count (of children, plans, cases or FTE). */
function valueIsCount(kind: MeasureKind): boolean {
  return kind === 'count';
}

/** One figure through `suppressFigure`; a count whose value (not only numerator) is 1–4 is withheld too. */
export function showFigure(f: FigureCells, kind: MeasureKind): ShownFigure {
  const s = suppressFigure(f, kind);
  const countSmall = valueIsCount(kind) && isSmall(f.value);
  return {
    value: cell(f.value, s.suppressed.value || countSmall, valueIsCount(kind)),
    numerator: cell(f.numerator, s.suppressed.numerator || countSmall, true),
    denominator: cell(f.denominator, s.suppressed.denominator, true),
  };
}

export interface ShownGroup {
  readonly group: string | null;
  readonly figure: ShownFigure;
}

/** A breakdown by team beside the authority's figure, through `suppressBreakdown` (secondary suppression included). */
export function showBreakdown(rows: readonly (FigureCells & { group: string | null })[], kind: MeasureKind): ShownGroup[] {
  const protectedRows = suppressBreakdown(rows, kind);
  return rows.map((r, i) => {
    const s = protectedRows[i]?.suppressed ?? { value: true, numerator: true, denominator: true };
    const countSmall = valueIsCount(kind) && isSmall(r.value);
    return {
      group: r.group,
      figure: {
        value: cell(r.value, s.value || countSmall, valueIsCount(kind)),
        numerator: cell(r.numerator, s.numerator || countSmall, true),
        denominator: cell(r.denominator, s.denominator, true),
      },
    };
  });
}

/** Whether any cell of the figure is withheld (its RAG and direction would then narrow it down). */
export function anyWithheld(f: ShownFigure): boolean {
  return f.value.withheld !== null || f.numerator.withheld !== null || f.denominator.withheld !== null;
}
