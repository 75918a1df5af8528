import { allFilled } from '../derive.js';
import { OC2_CORE } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '544',
  message: 'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  tables: ['OC2'],
  fields: ['CONVICTED', ...OC2_CORE],
  check: (e) => {
    const convicted = e.t.OC2.raw('CONVICTED');
    const core = allFilled(e.t.OC2, OC2_CORE);
    return rowsWhere('544', e.t.OC2, ['CONVICTED', ...OC2_CORE], (i) => convicted[i] !== null && !core(i));
  },
});
