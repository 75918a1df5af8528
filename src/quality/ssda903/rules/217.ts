import { ymdToDay } from '../../../model/dates.js';
import { defineRule, rowsWhere } from '../rule.js';

const FROM = ymdToDay(2015, 4, 1);
const ALLOWED = new Set(['S', 'T', 'U']);

export const rule = defineRule({
  code: '217',
  message: 'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
  tables: ['Episodes'],
  fields: ['PLACE', 'DECOM', 'RNE'],
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const decom = t.day('DECOM');
    const rne = t.text('RNE');
    return rowsWhere('217', t, ['PLACE', 'DECOM', 'RNE'], (i) => (place[i] === 'A3' || place[i] === 'A5') && (decom[i] as number) >= FROM && !ALLOWED.has(rne[i] ?? ''));
  },
});
