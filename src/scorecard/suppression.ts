/**
 * Small-number suppression for audiences who must never be able to identify a child
 * (councillors, the public): counts from 1 to 4 are shown as "<5", and further cells are
 * suppressed (secondary suppression) so that no suppressed count can be worked out from a
 * total or from the other figures shown beside it.
 */
export const SMALL_MIN = 1;
export const SMALL_MAX = 4;
export const SUPPRESSED_LABEL = '<5';

export function isSmall(n: number | null | undefined): boolean {
  return n !== null && n !== undefined && n >= SMALL_MIN && n <= SMALL_MAX;
}

export interface FigureCells {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface SuppressedFigure extends FigureCells {
  /** Which cells are withheld (their numbers are null in the result). */
  readonly suppressed: { value: boolean; numerator: boolean; denominator: boolean };
}

/**
 * One figure with its numerator and denominator. A count of 1–4 is withheld; so is a
 * percentage or mean built on one (it would reveal it with the other number); and when the
 * children outside the numerator number 1–4 (denominator − numerator), the numerator and the
 * value are withheld, since subtracting would reveal them.
 */
export function suppressFigure(f: FigureCells, kind: 'count' | 'percent' | 'mean' | 'rate'): SuppressedFigure {
  if (kind === 'count' || kind === 'rate') {
    const hide = isSmall(f.numerator);
    return {
      value: hide ? null : f.value,
      numerator: hide ? null : f.numerator,
      denominator: f.denominator,
      suppressed: { value: hide, numerator: hide, denominator: false },
    };
  }
  const denominatorSmall = isSmall(f.denominator);
  const numeratorSmall = isSmall(f.numerator);
  const complementSmall = kind === 'percent' && f.numerator !== null && f.denominator !== null && isSmall(f.denominator - f.numerator);
  const hideNumerator = denominatorSmall || numeratorSmall || complementSmall;
  return {
    value: hideNumerator ? null : f.value,
    numerator: hideNumerator ? null : f.numerator,
    denominator: denominatorSmall ? null : f.denominator,
    suppressed: { value: hideNumerator, numerator: hideNumerator, denominator: denominatorSmall },
  };
}

/**
 * Which cells of a column of counts to withhold, given that the column's total is shown:
 * every count of 1–4, then, while the withheld cells could be worked out from the total (only
 * one withheld, or withheld cells adding up to less than 5), the smallest other non-zero cells.
 * If that cannot be achieved, every non-zero cell is withheld.
 */
export function suppressColumn(cells: readonly (number | null)[], totalShown = true): boolean[] {
  const hidden = cells.map((c) => isSmall(c));
  if (!totalShown || !hidden.some(Boolean)) return hidden;
  const sumHidden = () => cells.reduce<number>((a, c, i) => a + (hidden[i] ? (c ?? 0) : 0), 0);
  const countHidden = () => hidden.filter(Boolean).length;
  while (countHidden() < 2 || sumHidden() < SMALL_MAX + 1) {
    let pick = -1;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (hidden[i] || c === null || c === undefined || c === 0) continue;
      if (pick < 0 || c < (cells[pick] as number)) pick = i;
    }
    if (pick < 0) break;
    hidden[pick] = true;
  }
  return hidden;
}

export interface GroupFigure extends FigureCells {
  readonly group: string | null;
}

/**
 * A figure broken down by group (team) beside the authority's figure: each group's figure is
 * suppressed as `suppressFigure` does, then the numerators and denominators are protected as
 * columns whose total (the authority's) is shown, and a group whose numerator or denominator is
 * withheld loses its value too.
 */
export function suppressBreakdown(rows: readonly GroupFigure[], kind: 'count' | 'percent' | 'mean' | 'rate'): (GroupFigure & { suppressed: SuppressedFigure['suppressed'] })[] {
  const first = rows.map((r) => suppressFigure(r, kind));
  const numHidden = suppressColumn(rows.map((r, i) => (first[i]?.suppressed.numerator ? 1 : r.numerator)));
  const denomHidden = kind === 'count' || kind === 'rate' ? rows.map(() => false) : suppressColumn(rows.map((r, i) => (first[i]?.suppressed.denominator ? 1 : r.denominator)));
  return rows.map((r, i) => {
    const hideNum = Boolean(first[i]?.suppressed.numerator || numHidden[i]);
    const hideDen = Boolean(first[i]?.suppressed.denominator || denomHidden[i]);
    const hideValue = hideNum || hideDen;
    return {
      group: r.group,
      value: hideValue ? null : r.value,
      numerator: hideNum ? null : r.numerator,
      denominator: hideDen ? null : r.denominator,
      suppressed: { value: hideValue, numerator: hideNum, denominator: hideDen },
    };
  });
}
