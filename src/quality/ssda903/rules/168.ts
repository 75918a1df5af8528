import { UPN_PATTERN } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '168',
  message: 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  tables: ['Header'],
  fields: ['UPN'],
  check: (e) => {
    const upn = e.t.Header.text('UPN');
    return rowsWhere('168', e.t.Header, ['UPN'], (i) => upn[i] !== null && !UPN_PATTERN.test(upn[i] as string));
  },
});
