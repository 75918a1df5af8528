import { addContact, addEarlyHelp } from './case-path.js';
import { birthdayDay } from './days.js';
import type { Child } from './model.js';
import { CONTACT_RATES, FRONT_DOOR, REFERRAL_AGE, SOURCES, VOLUMES } from './parameters.js';
import type { Rng } from './rng.js';
import { type Sim, createChild, dobForAge } from './sim.js';

/**
 * Contacts other than the one behind each referral. Most contacts in a real front door are
 * about children already known: police notifications on open cases, schools calling about a
 * child on a plan, repeat worries in the months before a referral or after a case closes. The
 * rest are about children who are never referred, some of whom are offered early help. Only
 * contacts an extract can show (from the first window's start) are made.
 */
export function simulateContacts(sim: Sim): void {
  const rng = sim.rng.contacts;
  const known = sim.children.slice();
  for (const child of known) knownChildContacts(sim, rng, child);
  contactOnlyChildren(sim, rng);
}

function knownChildContacts(sim: Sim, rng: Rng, child: Child): void {
  const lastDay = Math.min(sim.last, birthdayDay(child.dob, 18) - 1);
  const firstDay = Math.max(sim.contactFrom, child.dob);
  if (lastDay < firstDay) return;
  const spans: [number, number, number][] = [];
  for (const p of child.phases) {
    if (p.kind === 'leaving-care') continue;
    spans.push([p.from, p.to, p.kind === 'cla' ? CONTACT_RATES.lookedAfter : CONTACT_RATES.openCase]);
  }
  const firstReferral = child.referrals[0]?.day;
  if (firstReferral !== undefined) spans.push([firstReferral - CONTACT_RATES.beforeReferralDays, firstReferral - 1, CONTACT_RATES.beforeReferral]);
  const after = CONTACT_RATES.afterClosureDays;
  for (const e of child.cin) if (e.end !== null) spans.push([e.end + 1, e.end + after, CONTACT_RATES.afterClosure]);
  for (const a of child.assessments) if (!a.requiresSupport) spans.push([a.authorised + 1, a.authorised + after, CONTACT_RATES.afterClosure]);
  for (const r of child.referrals) if (r.nfa) spans.push([r.day + 1, r.day + after, CONTACT_RATES.afterClosure]);

  let added = false;
  for (const [from, to, perYear] of spans) {
    const a = Math.max(from, firstDay);
    const b = Math.min(to, lastDay);
    if (b < a) continue;
    const n = rng.poisson((perYear * (b - a + 1)) / 365);
    for (let i = 0; i < n; i++) added = addContact(child, rng.int(a, b), rng.weighted(SOURCES)) || added;
  }
  if (added) child.contacts.sort((x, y) => x.day - y.day);
}

function contactOnlyChildren(sim: Sim, rng: Rng): void {
  const perDay = (VOLUMES.contactOnlyChildrenPerYear * sim.scale) / 365;
  const spread = 180;
  for (let t = sim.contactFrom - spread; t <= sim.last; t++) {
    const n = rng.poisson(perDay);
    for (let i = 0; i < n; i++) {
      const [a, b] = rng.weighted(REFERRAL_AGE);
      const dob = dobForAge(rng, t, rng.int(a, b), 1);
      const to18 = birthdayDay(dob, 18);
      const days = [t];
      const extra = geometric(rng, CONTACT_RATES.contactOnlyExtra);
      for (let k = 0; k < extra; k++) days.push(t + rng.int(1, spread));
      const shown = days.filter((d) => d >= sim.contactFrom && d <= sim.last && d < to18);
      const earlyHelp = rng.chance(FRONT_DOOR.earlyHelpFromContact) ? t + rng.int(3, 20) : null;
      if (shown.length === 0 && (earlyHelp === null || earlyHelp > sim.last)) continue;
      const child = createChild(sim, { dob });
      shown.sort((x, y) => x - y);
      for (const d of shown) addContact(child, d, rng.weighted(SOURCES));
      if (earlyHelp !== null && earlyHelp + 30 < to18) addEarlyHelp(rng, child, earlyHelp);
    }
  }
}

/** Count of failures before a success, with the given mean. */
function geometric(rng: Rng, mean: number): number {
  const p = 1 / (1 + mean);
  let k = 0;
  while (!rng.chance(p) && k < 30) k++;
  return k;
}
