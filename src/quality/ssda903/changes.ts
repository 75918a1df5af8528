import type { Env } from './rule.js';

/**
 * What changed from a child's previous episode to this one: the legal status, and the
 * placement (its type, provider, postcode or URN). RNE says which changed (434–436).
 */
export function episodeChanges(e: Env): { legal: (i: number, p: number) => boolean; placement: (i: number, p: number) => boolean } {
  const t = e.t.Episodes;
  const ls = t.text('LS');
  const placeCols = ['PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'].map((c) => t.text(c));
  return {
    legal: (i, p) => ls[i] !== ls[p],
    placement: (i, p) => placeCols.some((c) => c[i] !== c[p]),
  };
}
