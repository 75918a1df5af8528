import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isYes } from '../values.js';

export const rule = cinRule({
  code: '8868',
  kind: 'error',
  message: 'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
  tables: ['CINdetails', 'Section47'],
  fields: ['CINclosureDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (!e.closure) return;
      for (const s of e.s47s) {
        if (!s.icpc && !isYes(s.notRequired)) {
          out.push(hit('8868', c, 'CINdetails', { CINclosureDate: e.closure, S47ActualStartDate: s.start, DateOfInitialCPC: s.icpc, ICPCnotRequired: s.notRequired }));
        }
      }
    }),
});
