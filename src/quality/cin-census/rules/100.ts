import { cinRule, hit } from '../rule-kit.js';

/** 100: the header's ReferenceDate says which census the file is; it must be 31 March of the collection year. */
export const rule = cinRule({
  code: '100',
  kind: 'error',
  message: 'Reference Date is incorrect',
  tables: ['Header'],
  fields: ['ReferenceDate'],
  years: {},
  check: (data, ctx) => (data.header.referenceDate === ctx.yearEnd ? [] : [hit('100', null, 'Header', { ReferenceDate: data.header.referenceDate })]),
});
