import { ANNEX_A_LISTS } from '../model/annex-a-lists.js';
import { type IsoDate, isIsoDate, isoToDay } from '../model/dates.js';
import { careLeaverStatus } from './care-leaver-status.js';
import { addMonthsDay, ageAt, isoOfDay, lastAtOrBefore, latestAtOrBefore } from './days.js';
import type { Authority, Child, ClaEpisode, CpPlan } from './model.js';
import { holderAt } from './workforce.js';

/** One row of a list: column key → canonical value (ISO date, code, count or text; null when blank). */
export type AnnexARow = Record<string, string | number | null>;
/** Rows per list number (1–11), as an extract taken at one date would hold them. */
export type AnnexALists = Map<number, AnnexARow[]>;

/**
 * The canonical rows of every list in an extract taken at `asAt`: what the authority's system
 * knew on that day, within each list's scope (spec/annex-a.md). Nothing dated after `asAt` is
 * shown: an assessment authorised the next week is still open, a plan ending next month has
 * no end date yet.
 */
export function annexAListsAt(a: Authority, asAt: IsoDate): AnnexALists {
  if (!isIsoDate(asAt)) throw new RangeError(`as-at date is not a date (expected YYYY-MM-DD): ${asAt}`);
  const first = a.asAts[0] as IsoDate;
  if (asAt < first || asAt > a.options.asAt) {
    throw new RangeError(`the authority's history supports extracts from ${first} to ${a.options.asAt}, not ${asAt}`);
  }
  const ctx = new Extract(isoToDay(asAt));
  for (const child of a.children) ctx.child(child);
  ctx.adopters(a);
  return ctx.lists();
}

interface Sortable {
  readonly row: AnnexARow;
  readonly day: number;
  readonly id: string;
}


class Extract {
  private readonly rows = new Map<number, Sortable[]>(ANNEX_A_LISTS.map((l) => [l.number, []]));
  /** Start of the 6-month window (exclusive) and of the 12-month window (exclusive). */
  private readonly windowStart: number;
  private readonly yearStart: number;

  constructor(private readonly d: number) {
    this.windowStart = addMonthsDay(d, -6);
    this.yearStart = d - 365;
  }

  lists(): Map<number, AnnexARow[]> {
    const out = new Map<number, AnnexARow[]>();
    for (const [n, rows] of this.rows) {
      rows.sort((x, y) => x.day - y.day || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      out.set(n, rows.map((r) => r.row));
    }
    return out;
  }

  private iso(day: number | null | undefined): string | null {
    return day === null || day === undefined ? null : isoOfDay(day);
  }

  /** A date only if it is known at the as-at date. */
  private known(day: number | null | undefined, limit = this.d): string | null {
    return day !== null && day !== undefined && day <= limit ? this.iso(day) : null;
  }

  private inWindow(day: number): boolean {
    return day > this.windowStart && day <= this.d;
  }

  /** Adds a row; each builder names every column of its list (the tests check it). */
  private add(list: number, day: number, id: string, row: AnnexARow): void {
    (this.rows.get(list) as Sortable[]).push({ row, day, id });
  }

  /** The person block of the child being laid out, made once and only if the child has a row. */
  private cachedPerson: AnnexARow | null = null;

  private personOf(c: Child): AnnexARow {
    this.cachedPerson ??= { child_id: c.id, gender: c.gender, ethnicity: c.ethnicity, dob: this.iso(c.dob), age: ageAt(c.dob, this.d) };
    return this.cachedPerson;
  }

  /** The case holder on `day`: team and worker (worker null while unallocated). */
  private holder(c: Child, day: number): AnnexARow {
    const h = holderAt(c, day);
    return { team: h?.team ?? null, worker: h?.worker ?? null };
  }

  child(c: Child): void {
    const d = this.d;
    if (c.dob > d) return;
    this.cachedPerson = null;

    for (const x of c.contacts) {
      if (this.inWindow(x.day)) this.add(1, x.day, c.id, { ...this.personOf(c), contact_date: this.iso(x.day), contact_source: x.source });
    }
    for (const e of c.earlyHelp) {
      if (this.inWindow(e.start) || (e.start <= d && e.interventionEnd > d)) {
        this.add(2, e.start, c.id, { ...this.personOf(c), eh_start: this.iso(e.start), eh_completed: this.known(e.completed), eh_organisation: e.organisation });
      }
    }
    for (let i = 0; i < c.referrals.length; i++) {
      const r = c.referrals[i] as (typeof c.referrals)[number];
      if (!this.inWindow(r.day)) continue;
      let before = 0;
      for (let j = i - 1; j >= 0 && (c.referrals[j] as { day: number }).day >= r.day - 365; j--) if ((c.referrals[j] as { day: number }).day < r.day) before++;
      this.add(3, r.day, c.id, {
        ...this.personOf(c),
        referral_date: this.iso(r.day),
        referral_source: r.source,
        referral_nfa: r.nfa ? 'Yes' : 'No',
        referrals_last_12m: before,
        team: r.team,
        worker: r.worker,
      });
    }
    for (const x of c.assessments) {
      const done = x.authorised <= d;
      if (x.start > d || !(this.inWindow(x.start) || this.inWindow(x.authorised) || !done)) continue;
      this.add(4, done ? x.authorised : x.start, c.id, {
        ...this.personOf(c),
        disability: c.disability,
        assessment_start: this.iso(x.start),
        child_seen: done ? x.childSeen : x.seenDay !== null && x.seenDay <= d ? 'Yes' : 'No',
        assessment_authorised: done ? this.iso(x.authorised) : null,
        requires_support: done ? (x.requiresSupport ? 'Yes' : 'No') : null,
        team: x.team,
        worker: x.worker,
      });
    }
    for (const s of c.s47s) {
      if (s.strategy > d || !(this.inWindow(s.strategy) || s.decision > d || (s.icpc !== null && s.icpc > d))) continue;
      let s47Before = 0;
      let icpcBefore = 0;
      for (const o of c.s47s) {
        if (o.strategy < s.strategy && o.strategy >= s.strategy - 365) s47Before++;
        if (o.icpc !== null && o.icpc < s.strategy && o.icpc >= s.strategy - 365) icpcBefore++;
      }
      const decided = s.decision <= d || (s.icpc !== null && s.icpc <= d);
      const held = s.icpc !== null && s.icpc <= d;
      this.add(5, s.strategy, c.id, {
        ...this.personOf(c),
        disability: c.disability,
        strategy_date: this.iso(s.strategy),
        icpc_unnecessary: decided ? (s.icpc === null ? 'Yes' : 'No') : null,
        icpc_date: held ? this.iso(s.icpc) : null,
        icpc_resulted_in_plan: held ? (s.resultedInPlan ? 'Yes' : 'No') : null,
        s47_last_12m: s47Before,
        icpc_last_12m: icpcBefore,
        team: s.team,
        worker: s.worker,
      });
    }
    this.cin(c);
    this.cp(c);
    this.cla(c);
    this.careLeaver(c);
    this.adoption(c);
  }

  private openCla(c: Child, day: number): ClaEpisode | undefined {
    return c.cla.find((e) => e.start <= day && (e.end === null || e.end > day));
  }

  private openCp(c: Child, day: number): CpPlan | undefined {
    return c.cp.find((p) => p.start <= day && (p.end === null || p.end > day));
  }

  private cin(c: Child): void {
    const d = this.d;
    for (const e of c.cin) {
      if (e.visibleFrom > d || (e.end !== null && e.end <= this.windowStart)) continue;
      const closed = e.end !== null && e.end <= d;
      const ref = closed ? (e.end as number) : d;
      let lastSeen = latestAtOrBefore(e.visits, ref);
      for (const p of c.cp) if (p.start <= ref && p.start >= e.start) lastSeen = maxDay(lastSeen, latestAtOrBefore(p.visits, ref));
      for (const x of c.cla) if (x.start <= ref && x.start >= e.start) lastSeen = maxDay(lastSeen, latestAtOrBefore(x.visits, ref));
      const status = closed ? 'Closed episode' : this.openCla(c, d) ? 'Looked after child' : this.openCp(c, d) ? 'Child Protection plan' : 'Child in need plan';
      this.add(6, e.start, c.id, {
        ...this.personOf(c),
        disability: c.disability,
        cin_start: this.iso(e.start),
        primary_need: e.primaryNeed,
        last_seen: this.iso(lastSeen),
        cin_closure: closed ? this.iso(e.end) : null,
        closure_reason: closed ? e.closureReason : null,
        case_status: status,
        ...this.holder(c, closed ? (e.end as number) - 1 : d),
      });
    }
  }

  private cp(c: Child): void {
    const d = this.d;
    for (const p of c.cp) {
      if (p.start > d || (p.end !== null && p.end <= this.windowStart)) continue;
      const closed = p.end !== null && p.end <= d;
      const ref = closed ? (p.end as number) : d;
      const v = lastAtOrBefore(p.visits, ref);
      this.add(7, p.start, c.id, {
        ...this.personOf(c),
        disability: c.disability,
        cp_start: this.iso(p.start),
        initial_category: p.initialCategory,
        latest_category: p.categoryChange !== null && p.categoryChange <= ref ? p.latestCategory : p.initialCategory,
        last_visit: v >= 0 ? this.iso(p.visits[v]) : null,
        seen_alone: v >= 0 ? (p.seenAlone[v] ? 'Yes' : 'No') : null,
        last_review: this.iso(latestAtOrBefore(p.reviews, ref)),
        cp_end: closed ? this.iso(p.end) : null,
        epo_last_6m: p.epoDay !== null && p.epoDay <= d && p.epoDay > addMonthsDay(d, -6) ? 'Yes' : 'No',
        previous_cp_plans: p.previousPlans,
        ...this.holder(c, closed ? (p.end as number) - 1 : d),
      });
    }
  }

  private cla(c: Child): void {
    const d = this.d;
    for (const e of c.cla) {
      if (e.start > d || (e.end !== null && e.end <= this.windowStart)) continue;
      const closed = e.end !== null && e.end <= d;
      const ref = closed ? (e.end as number) : d;
      const legal = latestStarted(e.legal, ref);
      const pi = e.placements.indexOf(latestStarted(e.placements, ref) as (typeof e.placements)[number]);
      const placement = e.placements[pi];
      let placements = 0;
      for (let i = 0; i <= pi; i++) {
        const next = i < pi ? (e.placements[i + 1] as { start: number }).start : ref + 1;
        if (next > this.yearStart) placements++;
      }
      const mi = lastAtOrBefore(e.missing, ref);
      const rhi = mi >= 0 ? e.rhi[mi] : undefined;
      const permanence = latestStarted(e.permanence, ref);
      const second = c.cla.some((o) => o !== e && o.start < e.start && o.end !== null && o.end > this.yearStart);
      this.add(8, e.start, c.id, {
        ...this.personOf(c),
        uasc: e.uasc ? 'Yes' : 'No',
        disability: c.disability,
        cla_start: this.iso(e.start),
        category_of_need: e.categoryOfNeed,
        second_period: second ? 'Yes' : 'No',
        legal_status_start: this.iso(legal?.start),
        legal_status: legal?.status ?? null,
        last_review: this.iso(latestAtOrBefore(e.reviews, ref)),
        last_visit: this.iso(latestAtOrBefore(e.visits, ref)),
        permanence_plan: permanence?.plan ?? null,
        last_iro_contact: this.iso(latestAtOrBefore(e.iroContacts, ref)),
        last_health_assessment: this.iso(latestAtOrBefore(e.health, ref)),
        last_dental_check: this.iso(latestAtOrBefore(e.dental, ref)),
        placements_last_12m: placements,
        cla_end: closed ? this.iso(e.end) : null,
        reason_ceased: closed ? e.reasonCeased : null,
        placement_start: this.iso(placement?.start),
        placement_type: placement?.type ?? null,
        placement_provider: placement?.provider ?? null,
        placement_postcode: placement?.postcode ?? null,
        placement_urn: placement?.urn ?? null,
        placement_location: placement?.location ?? null,
        placement_la: placement?.la ?? null,
        missing_episodes_12m: countIn(e.missing, this.yearStart, ref),
        absent_episodes_12m: countIn(e.absent, this.yearStart, ref),
        rhi_offered: rhi ? (rhi[0] ? 'Yes' : 'No') : null,
        rhi_accepted: rhi ? (rhi[1] ? 'Yes' : 'No') : null,
        ...this.holder(c, closed ? (e.end as number) - 1 : d),
      });
    }
  }

  private careLeaver(c: Child): void {
    const cl = c.careLeaver;
    const d = this.d;
    if (!cl || cl.leftCare > d) return;
    const age = ageAt(c.dob, d);
    if (age < 16 || age > cl.supportUntilAge || age > 25) return;
    const s = careLeaverStatus(cl, d);
    this.add(9, c.dob, c.id, {
      ...this.personOf(c),
      disability: c.disability,
      ...this.holder(c, d),
      eligibility: cl.qualifying ? 'Qualifying care leaver' : age < 18 ? 'Relevant child' : 'Former relevant child',
      in_touch: s.inTouch,
      accommodation: s.accommodation,
      suitability: s.suitability,
      activity: s.activity,
    });
  }

  private adoption(c: Child): void {
    const a = c.adoption;
    const d = this.d;
    if (!a || a.decision > d) return;
    const person = this.personOf(c);
    const adopted = a.order !== null && a.order <= d;
    const reversed = a.reversed !== null && a.reversed <= d;
    const inScope = adopted ? a.order! > this.yearStart : reversed ? a.reversed! > this.yearStart : true;
    if (!inScope) return;
    this.add(10, a.decision, c.id, {
      child_id: c.id,
      family_id: a.matched !== null && a.matched <= d ? a.familyId : null,
      gender: person.gender as string,
      ethnicity: person.ethnicity as string,
      dob: person.dob as string,
      age: person.age as number,
      disability: c.disability,
      entered_care: this.iso(a.enteredCare),
      adoption_decision: this.iso(a.decision),
      placement_order: this.known(a.placementOrder),
      matched: this.known(a.matched),
      placed_for_adoption: this.known(a.placed),
      adoption_order: this.known(a.order),
      no_longer_placed_decision: this.known(a.reversed),
      no_longer_placed_reason: reversed ? a.reversalReason : null,
      ffa_placed: this.known(a.ffaPlaced),
    });
  }

  adopters(a: Authority): void {
    const d = this.d;
    for (const f of a.adopterFamilies) {
      if (f.enquiry > d) continue;
      const dates = [f.enquiry, f.stage1Start, f.stage1End, f.applicationSubmitted, f.stage2Start, f.stage2End, f.approved, f.matched, f.placed, f.adoptionOrder, f.left];
      const last = Math.max(...dates.map((x) => (x !== null && x <= d ? x : -Infinity)));
      const finished = (f.left !== null && f.left <= d) || (f.adoptionOrder !== null && f.adoptionOrder <= d);
      if (last <= this.yearStart && finished) continue;
      const left = f.left !== null && f.left <= d;
      for (const p of f.adopters) {
        this.add(11, f.enquiry, p.id, {
          adopter_id: p.id,
          family_id: f.familyId,
          gender: p.gender,
          ethnicity: p.ethnicity,
          disability: p.disability,
          fostering_for_adoption: f.fosteringForAdoption ? 'Yes' : 'No',
          enquiry_date: this.iso(f.enquiry),
          stage1_start: this.known(f.stage1Start),
          stage1_end: this.known(f.stage1End),
          stage2_start: this.known(f.stage2Start),
          stage2_end: this.known(f.stage2End),
          application_submitted: this.known(f.applicationSubmitted),
          application_approved: this.known(f.approved),
          matched: this.known(f.matched),
          placed: this.known(f.placed),
          children_placed: f.placed !== null && f.placed <= d ? f.childrenPlaced : 0,
          adoption_order: this.known(f.adoptionOrder),
          left_process: left ? this.iso(f.left) : null,
          leaving_reason: left ? f.leavingReason : null,
        });
      }
    }
  }
}

/** The last item (in start order) that started on or before `day`. */
function latestStarted<T extends { readonly start: number }>(items: readonly T[], day: number): T | undefined {
  let out: T | undefined;
  for (const x of items) {
    if (x.start <= day) out = x;
    else break;
  }
  return out;
}

function maxDay(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Days in (from, to]. */
function countIn(days: readonly number[], from: number, to: number): number {
  let n = 0;
  for (const x of days) if (x > from && x <= to) n++;
  return n;
}
