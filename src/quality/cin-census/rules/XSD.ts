import { cinRule, hit } from '../rule-kit.js';

/**
 * XSD (not a DfE rule code): what the DfE's schema check rejects before its rules run and its
 * rules cannot see: values that are not dates or whole numbers, flags that are not true/false,
 * elements the schema does not have or has once. The reader finds these; each is a finding
 * here, with the element and the text the file held (the reason is in the `reason` value).
 */
export const rule = cinRule({
  code: 'XSD',
  kind: 'error',
  message: 'Value or element not allowed by the CIN Census schema (XSD)',
  tables: ['Header', 'ChildIdentifiers', 'ChildCharacteristics', 'CINdetails', 'Assessments', 'CINplanDates', 'Section47', 'ChildProtectionPlans', 'Reviews'],
  fields: [],
  years: {},
  check: (data) =>
    data.issues.map((i) => {
      const c = i.position === null ? null : (data.children[i.position - 1] ?? null);
      const f = hit('XSD', c, i.table, { [i.field]: i.value, reason: i.reason });
      return c ? f : { ...f, child: i.childId, row: i.position };
    }),
});
