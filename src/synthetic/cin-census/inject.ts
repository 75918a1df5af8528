import { addDays, isoToDay } from '../../model/dates.js';
import type { CinChild, CinCpp, CinEpisode, CinHeader } from '../../sources/cin-census/records.js';
import { withCheckLetter } from '../../quality/cin-census/upn.js';
import { Rng } from '../rng.js';

/**
 * Labelled errors for a generated return: each injector breaks one DfE rule on one child that
 * can carry it, and the label says which rule, child and position, so a test can check that
 * the validator finds every one. Injectors only change what their rule reads (other rules may
 * fire too; a label promises only its own rule).
 */
export interface InjectedError {
  readonly code: string;
  /** The child's position in the file (the finding's row); null for an error in the header. */
  readonly position: number | null;
  /** The child's LAchildID after the change. */
  readonly child: string | null;
}

interface Injector {
  readonly code: string;
  /** The first collection year the rule exists in. */
  readonly from?: number;
  /** Whether the child can carry the error (it has the episode, plan… to change). */
  readonly fits: (c: CinChild) => boolean;
  readonly apply: (c: CinChild, year: number, others: readonly CinChild[]) => void;
}

const first = <T>(items: readonly T[], f: (t: T) => boolean): T | undefined => items.find(f);
const ep = (c: CinChild, f: (e: CinEpisode) => boolean) => first(c.episodes, f);
const closed = (e: CinEpisode) => !!e.closure && e.nfa === 'false';
const withAuth = (e: CinEpisode) => e.assessments.some((a) => !!a.auth);
const withCpp = (e: CinEpisode) => e.cpps.length > 0;
const withS47Icpc = (e: CinEpisode) => e.s47s.some((s) => !!s.icpc);
const cppOf = (c: CinChild) => c.episodes.flatMap((e) => e.cpps)[0] as CinCpp;
const ref = (year: number) => `${year}-03-31`;
const start = (year: number) => `${year - 1}-04-01`;
const saturdayAfter = (iso: string) => {
  let d = isoToDay(iso);
  while ((((d + 3) % 7) + 7) % 7 !== 5) d++;
  return d;
};
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const any = () => true;

export const INJECTORS: readonly Injector[] = [
  { code: '8500', fits: any, apply: (c) => void (c.id = null) },
  { code: '8510', fits: any, apply: (c, _y, others) => void (c.id = others.find((o) => o !== c && o.id)?.id ?? c.id) },
  { code: '1510', fits: (c) => !!c.upn, apply: (c) => void (c.upn = (c.upn?.[0] === 'A' ? 'B' : 'A') + (c.upn as string).slice(1)) },
  { code: '1530', fits: (c) => !!c.upn, apply: (c) => void (c.upn = withCheckLetter(`999${(c.upn as string).slice(4)}`)) },
  { code: '1540', fits: (c) => !!c.upn, apply: (c) => void (c.upn = `${(c.upn as string).slice(0, 6)}X${(c.upn as string).slice(7)}`) },
  { code: '1550', fits: (c) => !!c.upn, apply: (c) => void (c.upn = `${(c.upn as string).slice(0, 12)}I`) },
  { code: '1560Q', fits: any, apply: (c) => void (c.formerUpn = 'A12') },
  { code: '1570', from: 2025, fits: any, apply: (c) => void (c.id = `${c.id ?? ''}XXXXXXXXXXXXXXXXXXXX`) },
  { code: '4180', fits: (c) => !c.expectedBirth, apply: (c) => void ((c.sex = c.sex === null ? null : 'X'), (c.gender = c.gender === null ? null : '7')) },
  { code: '4220', fits: any, apply: (c) => void (c.ethnicity = 'XXXX') },
  { code: '8540', fits: any, apply: (c) => void c.disabilities.splice(0, c.disabilities.length, 'FOO') },
  { code: '8790', fits: any, apply: (c) => void c.disabilities.splice(0, c.disabilities.length, 'NONE', 'MOB') },
  { code: '8794', fits: any, apply: (c) => void c.disabilities.splice(0, c.disabilities.length, 'HEAR', 'HEAR') },
  { code: '8525', fits: (c) => !!c.birth, apply: (c) => void (c.expectedBirth = c.birth) },
  { code: '8520', fits: (c) => !!c.birth, apply: (c, y) => void (c.birth = addDays(ref(y), 10)) },
  { code: '8530Q', fits: (c) => !!c.expectedBirth, apply: (c, y) => void (c.expectedBirth = addDays(ref(y), 400)) },
  { code: '8750', fits: (c) => !!c.expectedBirth, apply: (c) => void ((c.sex = c.sex === null ? null : 'M'), (c.gender = c.gender === null ? null : '1')) },
  { code: '8545Q', fits: (c) => !!c.birth, apply: (c, y) => void (c.death = addDays(start(y), -30)) },
  { code: '8555', fits: (c) => !!c.birth && !!c.episodes[0]?.referral, apply: (c) => void (c.death = addDays(c.episodes[0]?.referral as string, -1)) },
  { code: '8585Q', fits: (c) => !!ep(c, closed), apply: (c) => void ((ep(c, closed) as CinEpisode).closeReason = 'RC2') },
  { code: '8606', fits: (c) => !!c.birth, apply: (c) => void ((c.episodes[0] as CinEpisode).referral = addDays(c.birth as string, -300)) },
  { code: '8770Q', fits: (c) => !!c.upn && c.episodes.some((e) => e.nfa === 'false'), apply: (c) => void ((c.upn = null), (c.upnUnknown = null)) },
  { code: '8772', fits: (c) => c.episodes.some((e) => e.nfa === 'false'), apply: (c) => void (c.upnUnknown = 'UN7') },
  { code: '8590', fits: any, apply: (c) => void c.episodes.splice(0) },
  { code: '8600', fits: any, apply: (c) => void ((c.episodes[0] as CinEpisode).referral = null) },
  { code: '8866', fits: any, apply: (c) => void ((c.episodes[0] as CinEpisode).source = 'ZZ') },
  { code: '8650', fits: (c) => !!c.episodes[0]?.need, apply: (c) => void ((c.episodes[0] as CinEpisode).need = 'N99') },
  { code: '8568', fits: any, apply: (c) => void ((c.episodes[0] as CinEpisode).nfa = 'maybe') },
  { code: '8610', fits: (c) => !!ep(c, (e) => e.nfa === 'false'), apply: (c) => void ((ep(c, (e) => e.nfa === 'false') as CinEpisode).need = null) },
  { code: '8640', fits: (c) => !!ep(c, closed), apply: (c) => void ((ep(c, closed) as CinEpisode).closeReason = 'RC99') },
  { code: '8630', fits: (c) => !!ep(c, closed), apply: (c) => {
    const e = ep(c, closed) as CinEpisode;
    e.closure = addDays(e.referral as string, -1);
  } },
  { code: '8620', fits: (c) => !!ep(c, closed), apply: (c, y) => void ((ep(c, closed) as CinEpisode).closure = addDays(ref(y), 20)) },
  { code: '8805', fits: (c) => !!ep(c, closed), apply: (c) => void ((ep(c, closed) as CinEpisode).closeReason = null) },
  { code: '8810', fits: (c) => !!ep(c, closed), apply: (c) => void ((ep(c, closed) as CinEpisode).closure = null) },
  { code: '8825Q', fits: (c) => !!ep(c, (e) => !!e.closure && e.assessments.length === 0), apply: (c) => void ((ep(c, (e) => !!e.closure && e.assessments.length === 0) as CinEpisode).closeReason = 'RC8') },
  { code: '2990', fits: (c) => !!ep(c, (e) => closed(e) && (e.s47s.length > 0 || e.plans.length > 0 || e.cpps.length > 0)), apply: (c) => {
    (ep(c, (e) => closed(e) && (e.s47s.length > 0 || e.plans.length > 0 || e.cpps.length > 0)) as CinEpisode).closeReason = 'RC8';
  } },
  { code: '8831', fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).nfa = 'true') },
  { code: '8832', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((ep(c, withCpp) as CinEpisode).nfa = '1') },
  { code: '4000', fits: (c) => !!ep(c, (e) => e.plans.length > 0), apply: (c) => void ((ep(c, (e) => e.plans.length > 0) as CinEpisode).nfa = 'true') },
  { code: '8815', fits: (c) => !!ep(c, (e) => !e.closure && e.nfa === 'false'), apply: (c) => void c.episodes.push({ ...(c.episodes[0] as CinEpisode), seq: c.episodes.length + 1, closure: null, closeReason: null, nfa: 'false' }) },
  { code: '8820', fits: (c) => !!c.episodes[0]?.referral && c.episodes[0].nfa === 'false' && c.episodes[0].closure !== c.episodes[0].referral, apply: (c) => void c.episodes.push({ ...(c.episodes[0] as CinEpisode), seq: c.episodes.length + 1 }) },
  { code: '8608', fits: (c) => !!ep(c, withAuth), apply: (c) => {
    const a = (ep(c, withAuth) as CinEpisode).assessments.find((x) => !!x.auth) as { start: string | null; auth: string | null };
    a.start = addDays(a.auth as string, 1);
  } },
  { code: '1103', fits: (c) => !!ep(c, (e) => e.assessments.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.assessments.length > 0) as CinEpisode;
    (e.assessments[0] as { start: string | null }).start = addDays(e.referral as string, -1);
  } },
  { code: '8696', fits: (c) => !!ep(c, withAuth), apply: (c, y) => void (((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { auth: string | null }).auth = addDays(ref(y), 5)) },
  { code: '8897', fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { factors: string[] }).factors.splice(0) },
  { code: '8617', fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { factors: string[] }).factors.push('8A') },
  { code: '8869', fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { factors: string[] }).factors.splice(0, Infinity, '21', '3A') },
  { code: '8898', fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { factors: string[] }).factors.splice(0, Infinity, '3A', '3A') },
  { code: '8945Q', from: 2025, fits: (c) => !!ep(c, withAuth), apply: (c) => void ((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { factors: string[] }).factors.push('18A') },
  { code: '8614', fits: (c) => !!ep(c, withAuth), apply: (c) => void (((ep(c, withAuth) as CinEpisode).assessments.find((a) => !!a.auth) as { auth: string | null }).auth = null) },
  { code: '8670Q', fits: (c) => !!ep(c, (e) => e.assessments.length > 0), apply: (c, y) => {
    const a = (ep(c, (e) => e.assessments.length > 0) as CinEpisode).assessments[0] as { start: string | null; auth: string | null; factors: string[] };
    a.auth = null;
    a.factors.splice(0);
    a.start = addDays(start(y), 10);
  } },
  { code: '8896', fits: (c) => !!ep(c, (e) => e.assessments.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.assessments.length > 0) as CinEpisode;
    e.assessments.push({ seq: 2, start: e.referral, review: null, auth: null, factors: [] }, { seq: 3, start: e.referral, review: null, auth: null, factors: [] });
  } },
  { code: '8863', fits: (c) => !!ep(c, withAuth), apply: (c) => {
    const e = ep(c, withAuth) as CinEpisode;
    const a = e.assessments[0] as { start: string | null; auth: string | null; factors: string[] };
    e.assessments.push({ seq: 2, start: a.start, review: null, auth: a.auth, factors: [...a.factors] });
  } },
  { code: '4010', fits: (c) => !!ep(c, (e) => e.plans.length > 0), apply: (c) => void (((ep(c, (e) => e.plans.length > 0) as CinEpisode).plans[0] as { start: string | null }).start = null) },
  { code: '4011', fits: (c) => !!ep(c, (e) => e.plans.some((p) => !!p.end)), apply: (c) => {
    const p = (ep(c, (e) => e.plans.some((x) => !!x.end)) as CinEpisode).plans.find((x) => !!x.end) as { start: string | null; end: string | null };
    p.end = addDays(p.start as string, -1);
  } },
  { code: '4012Q', fits: (c) => !!ep(c, (e) => e.plans.some((p) => !!p.end)), apply: (c) => {
    const p = (ep(c, (e) => e.plans.some((x) => !!x.end)) as CinEpisode).plans.find((x) => !!x.end) as { start: string | null; end: string | null };
    p.end = p.start;
  } },
  { code: '4013', fits: (c) => !!ep(c, (e) => e.plans.length > 0), apply: (c, y) => void (((ep(c, (e) => e.plans.length > 0) as CinEpisode).plans[0] as { end: string | null }).end = addDays(ref(y), 10)) },
  { code: '4015', fits: (c) => !!ep(c, (e) => e.plans.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.plans.length > 0) as CinEpisode;
    (e.plans[0] as { start: string | null }).start = addDays(e.referral as string, -1);
  } },
  { code: '4004', fits: (c) => !!ep(c, (e) => e.plans.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.plans.length > 0) as CinEpisode;
    e.plans.splice(0, Infinity, { seq: 1, start: e.plans[0]?.start ?? null, end: null }, { seq: 2, start: e.plans[0]?.start ?? null, end: null });
  } },
  { code: '4001', fits: (c) => !!ep(c, (e) => e.cpps.some((p) => !p.end)), apply: (c) => {
    const e = ep(c, (x) => x.cpps.some((p) => !p.end)) as CinEpisode;
    e.plans.push({ seq: 1, start: e.referral, end: null });
  } },
  { code: '8615', fits: (c) => !!ep(c, withS47Icpc), apply: (c) => {
    const s = (ep(c, withS47Icpc) as CinEpisode).s47s.find((x) => !!x.icpc) as { start: string | null; icpc: string | null };
    s.start = addDays(s.icpc as string, 1);
  } },
  { code: '8875', fits: (c) => !!ep(c, withS47Icpc), apply: (c) => {
    const s = (ep(c, withS47Icpc) as CinEpisode).s47s.find((x) => !!x.icpc) as { icpc: string | null };
    s.icpc = isoOf(saturdayAfter(s.icpc as string));
  } },
  { code: '8870Q', fits: (c) => !!ep(c, (e) => e.s47s.some((s) => !!s.target)), apply: (c) => {
    const s = (ep(c, (e) => e.s47s.some((x) => !!x.target)) as CinEpisode).s47s.find((x) => !!x.target) as { target: string | null };
    s.target = isoOf(saturdayAfter(s.target as string) + 1);
  } },
  { code: '2889', fits: (c) => !!ep(c, (e) => e.s47s.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.s47s.length > 0) as CinEpisode;
    (e.s47s[0] as { start: string | null }).start = addDays(e.referral as string, -1);
  } },
  { code: '1104', fits: (c) => !!ep(c, withS47Icpc), apply: (c) => {
    const e = ep(c, withS47Icpc) as CinEpisode;
    (e.s47s.find((x) => !!x.icpc) as { icpc: string | null }).icpc = addDays(e.referral as string, -1);
  } },
  { code: '8715', fits: (c) => !!ep(c, withS47Icpc), apply: (c, y) => void (((ep(c, withS47Icpc) as CinEpisode).s47s.find((x) => !!x.icpc) as { icpc: string | null }).icpc = addDays(start(y), -10)) },
  { code: '8839', fits: (c) => !!ep(c, (e) => e.s47s.length > 0), apply: (c) => {
    const e = ep(c, (x) => x.s47s.length > 0) as CinEpisode;
    e.s47s.push({ seq: 2, start: e.referral, target: null, icpc: null, notRequired: 'false' }, { seq: 3, start: e.referral, target: null, icpc: null, notRequired: '0' });
  } },
  { code: '8675Q', fits: (c) => !!ep(c, (e) => e.assessments.length > 0), apply: (c, y) => {
    const e = ep(c, (x) => x.assessments.length > 0) as CinEpisode;
    e.s47s.push({ seq: e.s47s.length + 1, start: addDays(ref(y), -60), target: null, icpc: null, notRequired: 'false' });
  } },
  { code: '2991Q', fits: (c) => !!ep(c, (e) => e.s47s.length > 0), apply: (c) => void (ep(c, (e) => e.s47s.length > 0) as CinEpisode).assessments.splice(0) },
  { code: '2885', fits: (c) => !!ep(c, (e) => withS47Icpc(e) && withCpp(e)), apply: (c) => {
    const e = ep(c, (x) => withS47Icpc(x) && withCpp(x)) as CinEpisode;
    (e.cpps[0] as { start: string | null }).start = addDays(e.cpps[0]?.start as string, 1);
  } },
  { code: '1105', fits: (c) => !!ep(c, withCpp), apply: (c) => {
    const e = ep(c, withCpp) as CinEpisode;
    (e.cpps[0] as { start: string | null }).start = addDays(e.referral as string, -1);
  } },
  { code: '8720', fits: (c) => !!ep(c, withCpp), apply: (c) => void (((cppOf(c) as { start: string | null }).start = null)) },
  { code: '8730', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((cppOf(c) as { previous: string | null }).previous = null) },
  { code: '8905', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((cppOf(c) as { initial: string | null }).initial = 'XXX') },
  { code: '8910', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((cppOf(c) as { latest: string | null }).latest = null) },
  { code: '8840', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((cppOf(c) as { end: string | null }).end = cppOf(c).start) },
  { code: '8841', fits: (c) => !!ep(c, withCpp), apply: (c) => void cppOf(c).reviews.push(cppOf(c).start as string) },
  { code: '8842Q', fits: (c) => !!ep(c, withCpp), apply: (c) => void cppOf(c).reviews.push('') },
  { code: '8925', fits: (c) => !!ep(c, withCpp), apply: (c) => void ((cppOf(c) as { end: string | null }).end = addDays(cppOf(c).start as string, -1)) },
  { code: '8930', fits: (c) => !!ep(c, withCpp), apply: (c, y) => void ((cppOf(c) as { end: string | null }).end = addDays(ref(y), 10)) },
  { code: '8935', fits: (c) => !!ep(c, (e) => e.cpps.some((p) => !p.end)), apply: (c) => {
    const e = ep(c, (x) => x.cpps.some((p) => !p.end)) as CinEpisode;
    e.cpps.push({ ...(e.cpps[0] as CinCpp), seq: 2, end: null, reviews: [] });
  } },
  { code: '8915', fits: (c) => !!c.birth && !!ep(c, withCpp), apply: (c) => void (c.death = addDays(cppOf(c).start as string, -1)) },
  { code: 'XSD', fits: any, apply: (c) => void ((c.episodes[0] as CinEpisode).referral = '31/05/2024') },
];

/** Codes an injector exists for. */
export function injectableCodes(year: number): string[] {
  return INJECTORS.filter((i) => (i.from ?? 0) <= year).map((i) => i.code);
}

/**
 * Breaks `perCode` children for each rule (default: every rule with an injector), each child at
 * most once, chosen with the seed among children that can carry that error. `header: true`
 * also breaks the header's ReferenceDate (rule 100). Changes the children in place.
 */
export function injectErrors(
  children: CinChild[],
  header: CinHeader,
  o: { year: number; seed: number; codes?: readonly string[]; perCode?: number; header?: boolean },
): InjectedError[] {
  const rng = Rng.derive(o.seed, 'cin-inject');
  const used = new Set<CinChild>();
  const labels: InjectedError[] = [];
  const wanted = o.codes ?? injectableCodes(o.year);
  for (const code of wanted) {
    const inj = INJECTORS.find((i) => i.code === code);
    if (!inj) throw new RangeError(`no injector for rule ${code}`);
    if ((inj.from ?? 0) > o.year) continue;
    for (let k = 0; k < (o.perCode ?? 1); k++) {
      const candidates = children.filter((c) => !used.has(c) && inj.fits(c));
      if (candidates.length === 0) break;
      const c = rng.pick(candidates);
      used.add(c);
      inj.apply(c, o.year, children);
      labels.push({ code, position: c.position, child: c.id });
    }
  }
  if (o.header) {
    header.referenceDate = `${o.year}-03-30`;
    labels.push({ code: '100', position: null, child: null });
  }
  return labels;
}
