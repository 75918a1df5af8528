import { type ClaResult, type ClaRoute, simulateCla } from './cla-episode.js';
import { simulateCpPlan } from './cp-plan.js';
import { addWorkingDays, birthdayDay, onOrNextWorkingDay } from './days.js';
import type { Assessment, Child, CinEpisode, S47, TeamKind } from './model.js';
import { EARLY_HELP_ORGANISATIONS } from './names.js';
import { ASSESSMENT, CARE_LEAVERS, CIN_PLAN, CONTACT_RATES, CP, FRONT_DOOR, S47_PATH, SOURCES } from './parameters.js';
import { hashString, type Rng } from './rng.js';
import { type Sim, history } from './sim.js';

/**
 * What follows a referral: the assessment, perhaps a strategy discussion and s47 enquiry, an
 * ICPC, and then the services the child receives until the case closes — a CIN plan, a child
 * protection plan, a period of care, in any order the practice allows (a plan steps down to
 * CIN, a plan ends because the child comes into care, care ends with a return home and a
 * CIN plan…). Everything is drawn at the referral, so the child's whole episode is known and
 * later extracts simply see more of it. The child is "free" for a new referral only once the
 * episode has closed, which is what makes the 12-month referral counts honest.
 */
export type DirectEntry = 'uasc' | 's20' | 'baby';

type ServiceKind = 'cin' | 'cp' | 'cla';

interface ServiceStart {
  readonly kind: ServiceKind;
  readonly start: number;
  readonly route?: ClaRoute;
  readonly epoDay?: number | null;
  readonly stepDown?: boolean;
}

export function startReferral(sim: Sim, child: Child, t: number, la: string, direct?: DirectEntry): void {
  const front = sim.rng.front;
  const rng = sim.rng.cases;
  const source = direct === 'uasc' ? front.pick(['6', '5C', '8', '1D']) : front.weighted(SOURCES);
  const nfa = !direct && front.chance(FRONT_DOOR.referralNfa);
  child.referrals.push({ day: t, source, nfa, worker: '', team: '' });
  const contactDay = front.chance(CONTACT_RATES.contactDayBefore) ? Math.max(child.dob, t - front.int(1, 3)) : t;
  addContact(child, contactDay, source);
  if (t > sim.last) {
    // After the history's horizon only the referral matters (for the contacts before it).
    child.freeFrom = Number.POSITIVE_INFINITY;
    return;
  }
  if (nfa) {
    child.freeFrom = t + 1;
    if (front.chance(FRONT_DOOR.earlyHelpAfterNoService) && t + 60 < birthdayDay(child.dob, 18)) addEarlyHelp(front, child, t + front.int(2, 15));
    return;
  }

  const to18 = birthdayDay(child.dob, 18);
  const aStart = t + (rng.chance(ASSESSMENT.sameDayStart) ? 0 : rng.int(1, 4));
  const authorised = Math.min(addWorkingDays(aStart, assessmentWorkingDays(rng)), to18 - 1);
  const seen = rng.next();
  const childSeen = seen < ASSESSMENT.childSeenYes ? 'Yes' : seen < ASSESSMENT.childSeenYes + ASSESSMENT.childSeenUnknown ? 'Unknown' : 'No';
  const seenDay = childSeen === 'Yes' ? Math.min(authorised, aStart + rng.int(0, 10)) : null;
  const disabledChildren = child.disability === 'Yes' && rng.chance(0.5);

  let first: ServiceStart | null = null;
  let s47: Omit<S47, 'assessment' | 'worker' | 'team'> | null = null;
  if (direct) {
    first = { kind: 'cla', start: direct === 'baby' ? t : t + rng.int(0, 2), route: direct };
  } else if (rng.chance(S47_PATH.s47)) {
    const strategy = onOrNextWorkingDay(t + (rng.chance(0.5) ? 0 : rng.int(1, 5)));
    const decision = addWorkingDays(strategy, rng.int(3, 12));
    if (rng.chance(S47_PATH.emergencyCla)) {
      s47 = { strategy, decision, icpc: null, resultedInPlan: false };
      first = { kind: 'cla', start: strategy, route: 'emergency' };
    } else if (rng.chance(S47_PATH.icpc)) {
      const icpc = addWorkingDays(strategy, icpcWorkingDays(rng));
      const plan = rng.chance(S47_PATH.icpcPlan);
      s47 = { strategy, decision, icpc, resultedInPlan: plan };
      if (plan) first = { kind: 'cp', start: icpc, epoDay: rng.chance(CP.epo) ? strategy : null };
      else if (rng.chance(S47_PATH.inNeedWithoutIcpc)) first = { kind: 'cin', start: Math.max(authorised, icpc) };
    } else {
      s47 = { strategy, decision, icpc: null, resultedInPlan: false };
      if (rng.chance(S47_PATH.inNeedWithoutIcpc)) first = { kind: 'cin', start: authorised };
    }
  } else if (rng.chance(ASSESSMENT.inNeed)) {
    first = { kind: 'cin', start: authorised };
  }

  const assessment: Assessment = {
    start: aStart,
    authorised,
    seenDay,
    childSeen,
    requiresSupport: first !== null,
    disabledChildren,
    worker: '',
    team: '',
  };
  child.assessments.push(assessment);
  if (s47) child.s47s.push({ ...s47, assessment, worker: '', team: '' });

  if (first === null) {
    // Not in need. After an s47 the child was a child in need meanwhile: the episode shows in
    // list 6, closed after the assessment with no further action (RC8).
    const closed = s47 ? Math.max(authorised, s47.icpc ?? s47.decision) : authorised;
    child.phases.push({ from: aStart, to: closed, kind: disabledChildren ? 'disabled' : 'assessment', assessment });
    if (s47) {
      child.cin.push({
        start: t,
        visibleFrom: closed,
        end: closed,
        closureReason: 'RC8',
        primaryNeed: rng.weighted(CIN_PLAN.primaryNeed),
        visits: seenDay !== null ? [seenDay] : [],
      });
    }
    child.freeFrom = closed + 1;
    if (rng.chance(FRONT_DOOR.earlyHelpAfterNoService) && closed + 60 < to18) addEarlyHelp(rng, child, closed + rng.int(0, 14));
    return;
  }
  child.phases.push({ from: aStart, to: Math.max(aStart, first.start), kind: disabledChildren ? 'disabled' : 'assessment', assessment });
  const episode: CinEpisode = {
    start: t,
    visibleFrom: first.start,
    end: null,
    closureReason: null,
    primaryNeed: primaryNeed(rng, child, first),
    visits: seenDay !== null ? [seenDay] : [],
  };
  child.cin.push(episode);
  runServices(sim, child, episode, la, first, null);
}

/**
 * Runs the services of an open CIN episode from `first` until the episode closes or the
 * history's horizon is passed (the episode then stays open). `precomputed` is a period of care
 * already simulated (the seeded stock), continued from its end.
 */
export function runServices(sim: Sim, child: Child, episode: CinEpisode, la: string, first: ServiceStart, precomputed: ClaResult | null): void {
  const rng = sim.rng.cases;
  const to18 = birthdayDay(child.dob, 18);
  const cinKind: TeamKind = episode.primaryNeed === 'N2' ? 'disabled' : 'cin';
  let next: ServiceStart | null = first;
  let pre = precomputed;
  let closeDay = 0;
  let reason = 'RC7';
  while (next !== null) {
    const s: ServiceStart = next;
    next = null;
    if (s.start > sim.last) {
      child.freeFrom = Number.POSITIVE_INFINITY;
      return;
    }
    if (s.start >= to18) {
      closeDay = to18;
      reason = rng.chance(0.4) ? 'RC6' : 'RC7';
      break;
    }
    switch (s.kind) {
      case 'cin': {
        const median = s.stepDown ? CIN_PLAN.stepDownMedianDays : CIN_PLAN.medianDays;
        const end = Math.min(s.start + Math.max(14, Math.round(rng.logNormal(median, CIN_PLAN.sigma))), to18);
        child.phases.push({ from: s.start, to: end, kind: cinKind });
        episode.visits.push(...history(s.start, Math.min(end, sim.last), sim.keepFrom, (d) => onOrNextWorkingDay(d + rng.int(8, 30))));
        if (end >= to18) {
          closeDay = to18;
          reason = rng.chance(0.4) ? 'RC6' : 'RC7';
        } else if (!s.stepDown && rng.chance(CIN_PLAN.toCla)) {
          next = { kind: 'cla', start: end, route: rng.chance(0.6) ? 's20' : 'proceedings' };
        } else {
          closeDay = end;
          reason = rng.weighted(CIN_PLAN.closureReasons);
        }
        break;
      }
      case 'cp': {
        const plan = simulateCpPlan(sim, child, s.start, s.epoDay ?? null);
        child.cp.push(plan);
        const end = plan.end as number;
        child.phases.push({ from: s.start, to: end, kind: 'cp' });
        if (end >= to18) {
          closeDay = to18;
          reason = 'RC7';
          break;
        }
        const r = rng.next();
        if (r < CP.toCla) next = { kind: 'cla', start: end, route: 'proceedings' };
        else if (r < CP.toCla + CP.stepDownToCin) next = { kind: 'cin', start: end, stepDown: true };
        else {
          closeDay = end;
          reason = 'RC7';
        }
        break;
      }
      case 'cla': {
        const result = pre ?? simulateCla(sim, child, s.start, s.route ?? 'proceedings', la);
        pre = null;
        const ep = result.episode;
        child.cla.push(ep);
        const end = ep.end as number;
        child.phases.push({ from: ep.start, to: end, kind: 'cla' });
        if (result.careLeaver) {
          const supportUntilAge = rng.chance(CARE_LEAVERS.supportTo25) ? 25 : 21;
          child.careLeaver = {
            leftCare: end,
            supportUntilAge,
            qualifying: result.careLeaver === 'qualifying' || rng.chance(CARE_LEAVERS.qualifying),
            statusSeed: hashString(`${sim.seed}|care-leaver|${child.id}`),
          };
          child.phases.push({ from: end, to: birthdayDay(child.dob, supportUntilAge + 1), kind: 'leaving-care' });
        }
        closeDay = end;
        reason = CLOSURE_AFTER_CARE[ep.reasonCeased ?? ''] ?? 'RC7';
        if (end < to18 && !result.careLeaver && (ep.reasonCeased === 'E4A' || ep.reasonCeased === 'E4B' || ep.reasonCeased === 'E13') && rng.chance(0.5)) {
          next = { kind: 'cin', start: end, stepDown: true };
        }
        break;
      }
    }
  }
  if (closeDay > sim.last) {
    // Closes after the horizon: open in every extract.
    child.freeFrom = Number.POSITIVE_INFINITY;
    return;
  }
  episode.end = closeDay;
  episode.closureReason = reason;
  child.freeFrom = closeDay + 1;
  if ((reason === 'RC9' || (reason === 'RC7' && rng.chance(FRONT_DOOR.earlyHelpOnStepDown))) && closeDay + 30 < to18) {
    addEarlyHelp(rng, child, closeDay + rng.int(0, 14));
  }
}

const CLOSURE_AFTER_CARE: Record<string, string> = {
  E11: 'RC1',
  E12: 'RC1',
  E2: 'RC2',
  E41: 'RC3',
  E45: 'RC4',
  E46: 'RC4',
  E47: 'RC4',
  E48: 'RC4',
  E3: 'RC5',
  E7: 'RC6',
};

function primaryNeed(rng: Rng, child: Child, first: ServiceStart): string {
  if (first.route === 'uasc') return 'N8';
  if (first.kind === 'cp' || first.route === 'emergency') return rng.chance(0.92) ? 'N1' : 'N5';
  if (child.disability === 'Yes' && rng.chance(0.5)) return 'N2';
  const need = rng.weighted(CIN_PLAN.primaryNeed);
  return need === 'N2' && child.disability !== 'Yes' ? 'N5' : need;
}

/** Working days from assessment start to authorisation: median about 30, ~86% within 45. */
function assessmentWorkingDays(rng: Rng): number {
  if (rng.chance(0.01)) return 0;
  if (rng.chance(ASSESSMENT.within45)) return Math.max(1, Math.round(45 * rng.next() ** 0.7));
  return 46 + Math.round(rng.exp(14));
}

/** Working days from strategy discussion to ICPC: ~80% within 15. */
function icpcWorkingDays(rng: Rng): number {
  return rng.chance(S47_PATH.icpcWithin15) ? rng.int(5, 15) : 16 + Math.round(rng.exp(7));
}

/** Adds a contact unless the child already has one that day (one row per child per contact day). */
export function addContact(child: Child, day: number, source: string): boolean {
  for (let i = child.contacts.length - 1; i >= 0; i--) {
    if ((child.contacts[i] as { day: number }).day === day) return false;
  }
  child.contacts.push({ day, source });
  return true;
}

export function addEarlyHelp(rng: Rng, child: Child, start: number): void {
  const completed = start + rng.int(10, 45);
  child.earlyHelp.push({
    start,
    completed,
    interventionEnd: Math.min(completed + rng.int(60, 270), birthdayDay(child.dob, 18) - 1),
    organisation: rng.pick(EARLY_HELP_ORGANISATIONS),
  });
}
