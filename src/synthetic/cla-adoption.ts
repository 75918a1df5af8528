import type { Adoption } from './model.js';
import { type Rng, weights } from './rng.js';

/**
 * The adoption path of a child in care: the decision that the child should be placed for
 * adoption, the placement order, matching with adopters, placement and the adoption order —
 * or, for about one child in ten, a reversed decision. The family is linked later
 * (adopters.ts), once prospective adopters exist to be matched.
 */
export function adoptionTimeline(rng: Rng, start: number): Adoption {
  const decision = start + rng.int(80, 300);
  const ffa = rng.chance(0.08);
  if (rng.chance(0.1)) {
    const reversed = decision + rng.int(60, 420);
    return {
      enteredCare: start,
      decision,
      placementOrder: rng.chance(0.5) ? decision + rng.int(40, 150) : null,
      matched: null,
      placed: null,
      order: null,
      reversed,
      reversalReason: rng.weighted(REVERSAL_REASONS),
      ffaPlaced: null,
      familyId: null,
    };
  }
  const placementOrder = decision + rng.int(40, 150);
  const matched = placementOrder + (ffa ? rng.int(0, 60) : rng.int(40, 330));
  const placed = matched + rng.int(5, 40);
  return {
    enteredCare: start,
    decision,
    placementOrder,
    matched,
    placed,
    order: placed + rng.int(120, 330),
    reversed: null,
    reversalReason: null,
    ffaPlaced: ffa ? start + rng.int(0, 40) : null,
    familyId: null,
  };
}

const REVERSAL_REASONS = weights([
  ['RD1', 0.3],
  ['RD2', 0.2],
  ['RD3', 0.3],
  ['RD4', 0.2],
]);
