import { runServices } from './case-path.js';
import { type ClaRoute, simulateCla } from './cla-episode.js';
import { birthdayDay } from './days.js';
import type { Child } from './model.js';
import { CIN_PLAN, CLA_ENTRY_AGE, UASC_ETHNICITY, VOLUMES } from './parameters.js';
import { weights } from './rng.js';
import { type Sim, createChild, dobForAge } from './sim.js';

/**
 * Children who came into care before the simulated years. Referrals are simulated only for
 * the last few years, but a child looked after today may have come into care as a baby, and a
 * care leaver of 25 left care years ago. So entries to care are drawn over the twenty years
 * before, with the same model of how care ends, and the children still looked after when the
 * simulated years begin (or entitled to leaving-care support later) are kept; their episode
 * then carries on like any other.
 */
export function seedCareStock(sim: Sim, la: string): void {
  const rng = sim.rng.cla;
  const from = sim.flowStart - 365 * 20;
  const count = rng.poisson(((VOLUMES.historicClaEntriesPerYear * sim.scale) / 365) * (sim.flowStart - from));
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(rng.int(from, sim.flowStart - 1));
  starts.sort((a, b) => a - b);

  for (const start of starts) {
    const uasc = rng.chance(0.1);
    const [a, b] = uasc ? [15, 17] : rng.weighted(CLA_ENTRY_AGE);
    const dob = dobForAge(rng, start, rng.int(a, b), 30);
    // Too old to appear in any extract, even as a care leaver of 25: never made.
    if (birthdayDay(dob, 26) < sim.first - 200) continue;
    const route: ClaRoute = uasc ? 'uasc' : b === 0 ? 'baby' : rng.weighted(ROUTES);
    const child = createChild(sim, {
      dob,
      ...(uasc ? { gender: rng.chance(0.92) ? 'Male' : 'Female', ethnicity: rng.weighted(UASC_ETHNICITY), disability: 'No' } : {}),
    });
    const result = simulateCla(sim, child, start, route, la);
    const end = result.episode.end as number;
    const keep = end >= sim.flowStart || result.careLeaver !== null;
    if (!keep) {
      dropChild(sim, child);
      continue;
    }
    const referral = Math.max(dob, start - rng.int(0, 120));
    const episode = {
      start: referral,
      visibleFrom: start,
      end: null,
      closureReason: null,
      primaryNeed: uasc ? 'N8' : rng.weighted(CIN_PLAN.primaryNeed),
      visits: [],
    };
    child.cin.push(episode);
    runServices(sim, child, episode, la, { kind: 'cla', start, route }, result);
  }
}

const ROUTES = weights<ClaRoute>([
  ['proceedings', 0.6],
  ['s20', 0.3],
  ['emergency', 0.1],
]);

/** Forgets a child made only to try a history out (the last one made). */
function dropChild(sim: Sim, child: Child): void {
  if (sim.children[sim.children.length - 1] === child) {
    sim.children.pop();
    sim.usedIds.delete(child.id);
  }
}
