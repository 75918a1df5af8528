import { type IsoDate, isValidYmd, monthEnd, ymdToIso } from '../model/dates.js';

/**
 * The as-at date a file's name gives, when it gives exactly one: `…2024-03-31…`, `…20240331…`,
 * `…31-03-2024…`, or a month (`…2024-03…`, taken as its last day). Two different dates, or none,
 * give null.
 */
export function asAtFromFileName(fileName: string): { asAt: IsoDate; how: string } | null {
  const name = fileName.replace(/\.[^.]+$/, '');
  const found = new Map<IsoDate, string>();
  const consumed: [number, number][] = [];
  let impossible = false;
  const take = (re: RegExp, toYmd: (m: RegExpExecArray) => [number, number, number] | null, how: string): void => {
    for (const m of name.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (consumed.some(([a, b]) => start < b && end > a)) continue;
      const ymd = toYmd(m as RegExpExecArray);
      if (!ymd) continue;
      const [y, mo, d] = ymd;
      if (y < 2000 || y > 2100) continue;
      consumed.push([start, end]);
      if (!isValidYmd(y, mo, d)) {
        // A date-shaped part that is no real date (2024-02-30) makes the name unreliable.
        impossible = true;
        continue;
      }
      found.set(ymdToIso(y, mo, d), how);
    }
  };
  take(/(?<!\d)(\d{4})[-_. ](\d{1,2})[-_. ](\d{1,2})(?!\d)/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])], 'date in the file name');
  take(/(?<!\d)(\d{1,2})[-_. ](\d{1,2})[-_. ](\d{4})(?!\d)/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])], 'date in the file name');
  take(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])], 'date in the file name');
  take(
    /(?<!\d)(\d{4})[-_. ](\d{1,2})(?![\d])/g,
    (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      const end = monthEnd(ymdToIso(y, mo, 1));
      return [y, mo, Number(end.slice(8))];
    },
    'month in the file name (taken as its last day)',
  );
  if (found.size !== 1 || impossible) return null;
  const [asAt, how] = [...found.entries()][0] as [IsoDate, string];
  return { asAt, how };
}
