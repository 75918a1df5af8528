import { cinRule, eachChild, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8590',
  kind: 'error',
  message: 'Child does not have a recorded CIN episode.',
  tables: ['ChildIdentifiers', 'CINdetails'],
  fields: ['LAchildID'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.episodes.length === 0) out.push(hit('8590', c, 'ChildIdentifiers', { LAchildID: c.id }));
    }),
});
