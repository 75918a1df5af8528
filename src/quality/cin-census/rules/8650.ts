import { PRIMARY_NEED_CODES } from '../../../model/cin-census.js';
import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8650',
  kind: 'error',
  message: 'Primary Need Code invalid (see Primary Need table in CIN Census code set)',
  tables: ['CINdetails'],
  fields: ['PrimaryNeedCode'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.need && !inList(e.need, PRIMARY_NEED_CODES)) out.push(hit('8650', c, 'CINdetails', { PrimaryNeedCode: e.need }));
    }),
});
