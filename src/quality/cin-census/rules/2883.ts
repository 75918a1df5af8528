import { cinRule, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

/** 2883 (return level): every CP plan starting in the year follows a conference held in the year. */
export const rule = cinRule({
  code: '2883',
  kind: 'error',
  message: 'There are more child protection plans starting than initial conferences taking place',
  tables: ['ChildProtectionPlans', 'CINdetails', 'Section47'],
  fields: ['CPPstartDate', 'DateOfInitialCPC'],
  years: {},
  check: (data, ctx) => {
    let plans = 0;
    let conferences = 0;
    const inYear = (t: string | null): boolean => {
      const d = day(t);
      return d !== null && inCensus(ctx, d);
    };
    for (const c of data.children) {
      for (const e of c.episodes) {
        if (inYear(e.icpc)) conferences++;
        for (const s of e.s47s) if (inYear(s.icpc)) conferences++;
        for (const p of e.cpps) if (inYear(p.start)) plans++;
      }
    }
    return plans > conferences ? [hit('2883', null, 'ChildProtectionPlans', { CPPstartDate: `${plans} plan(s) started in the year`, DateOfInitialCPC: `${conferences} conference(s) held in the year` })] : [];
  },
});
