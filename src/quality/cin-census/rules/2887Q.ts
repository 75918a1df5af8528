import { cinRule, hit } from '../rule-kit.js';

/** 2887Q (return level): fewer than 8 different disability codes (NONE aside) across the whole return. */
export const rule = cinRule({
  code: '2887Q',
  kind: 'query',
  message: 'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  tables: ['Disabilities'],
  fields: ['Disability'],
  years: {},
  check: (data) => {
    const codes = new Set<string>();
    for (const c of data.children) for (const d of c.disabilities) if (d && d.toUpperCase() !== 'NONE') codes.add(d);
    return codes.size <= 7 ? [hit('2887Q', null, 'Disabilities', { Disability: `${codes.size} code(s) used${codes.size ? `: ${[...codes].sort().join(', ')}` : ''}` })] : [];
  },
});
