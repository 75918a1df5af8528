import type { ColumnDef } from '../model/annex-a-lists.js';
import { CODE_LISTS, type CodeListKey, parseCode } from '../model/codes.js';
import { civil, dayOf } from './days.js';
import type { MessOptions } from './mess.js';
import type { Rng } from './rng.js';
import type { OutCell } from './xlsx-writer.js';

/**
 * One canonical value turned into a cell as some export might have written it. Every
 * meaning-keeping form here is one the contract says must read back to the same value (a date
 * as a serial or as day-first text, a code with its prefix or as its label…), and each code
 * form is checked once against the code parser, so no form that reads back differently is
 * ever written. Destructive forms are applied only when the caller says the column may take
 * them.
 */

/** Excel's serial for day number 0 (1970-01-01), valid for dates after 28 February 1900. */
const EXCEL_EPOCH = 25569;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDay(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function timeOfDay(rng: Rng): number {
  // Office hours mostly; midnight (00:00) is what many systems write.
  return rng.chance(0.4) ? 0 : (rng.int(7 * 60, 19 * 60) + rng.next() * 0.98) / (24 * 60);
}

function timeText(fraction: number, iso: boolean): string {
  const minutes = Math.floor(fraction * 24 * 60);
  const hh = pad(Math.floor(minutes / 60));
  const mm = pad(minutes % 60);
  return iso ? `T${hh}:${mm}:00` : ` ${hh}:${mm}${fraction === 0 ? ':00' : ''}`;
}

export function dateCell(rng: Rng, iso: string, mess: MessOptions): OutCell {
  const day = isoDay(iso);
  const withTime = rng.chance(mess.dateTimes);
  const time = withTime ? timeOfDay(rng) : 0;
  if (!rng.chance(mess.dateForms)) return withTime ? { kind: 'date', day, time } : { kind: 'date', day };
  const { year, month, day: dd } = civil(day);
  switch (rng.int(0, 6)) {
    case 0:
      return EXCEL_EPOCH + day + time;
    case 1:
      return `${pad(dd)}/${pad(month)}/${year}${withTime ? timeText(time, false) : ''}`;
    case 2:
      // Two-digit years read as 1930–2029 (Excel's rule), so only those years are written so.
      return year >= 1930 && year <= 2029 ? `${dd}/${month}/${pad(year % 100)}` : `${dd}/${month}/${year}`;
    case 3:
      return `${iso}${withTime ? timeText(time, true) : ''}`;
    case 4:
      return `${pad(dd)}-${pad(month)}-${year}`;
    case 5:
      return `${pad(dd)}.${pad(month)}.${year}`;
    default:
      return `${dd} ${MONTH_NAMES[month - 1]} ${year}`;
  }
}

export function impossibleDate(rng: Rng, iso: string): string {
  const year = Number(iso.slice(0, 4));
  switch (rng.int(0, 3)) {
    case 0:
      return `31/02/${year}`;
    case 1:
      return `30/02/${year}`;
    case 2:
      return `31/${pad(rng.pick([4, 6, 9, 11]))}/${year}`;
    default:
      return `${rng.int(32, 39)}/${pad(rng.int(1, 12))}/${year}`;
  }
}

const DATE_PLACEHOLDERS = ['unknown', 'nope', 'TBC', 'N/K', 'not known', '00/00/0000', '01/01/1800', '?'];
const COUNT_PLACEHOLDERS = ['unknown', 'nope', 'TBC', 'N/K', '-', '?', 'several'];

export function placeholder(rng: Rng, type: 'date' | 'integer'): string {
  return rng.pick(type === 'date' ? DATE_PLACEHOLDERS : COUNT_PLACEHOLDERS);
}

export function blankCell(rng: Rng, mess: MessOptions): OutCell {
  if (!rng.chance(mess.naForBlank)) return null;
  return rng.chance(0.6) ? { kind: 'error', code: '#N/A' } : '#N/A';
}

export function countCell(rng: Rng, n: number, mess: MessOptions): OutCell {
  if (!rng.chance(mess.numbersAsText)) return n;
  switch (rng.int(0, 2)) {
    case 0:
      return String(n);
    case 1:
      return `${n}.0`;
    default:
      return ` ${n} `;
  }
}

/** Option letters as the template numbers them: a) … z), then za), zb)… */
function optionLetter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `z${String.fromCharCode(97 + ((i - 26) % 26))}`;
}

/** Spellings quoted from real templates (spec/annex-a.md), whose letters and labels differ from ours. */
const TEMPLATE_FORMS: Partial<Record<CodeListKey, Record<string, string[]>>> = {
  source: { '6': ['q) 6: Police'], '2A': ['e) 2A: Schools'], '10': ['u) 10: Unknown'] },
  placementType: { U6: ['f) U6: Foster placement - not FFA'], K2: ["p) K2: Children's home"] },
  ethnicity: { WBRI: ['a) WBRI'], NOBT: ['s) NOBT'] },
  gender: { Male: ['a) Male'], Female: ['b) Female'] },
};

const variantCache = new Map<CodeListKey, Map<string, string[]>>();
const unknownCache = new Map<CodeListKey, string[]>();

/** Every written form of each code that reads back as that code (checked with the parser). */
export function codeVariants(key: CodeListKey): Map<string, string[]> {
  let byCode = variantCache.get(key);
  if (byCode) return byCode;
  byCode = new Map();
  CODE_LISTS[key].entries.forEach((e, i) => {
    const l = optionLetter(i);
    const aliases = e.aliases ?? [];
    // `No: No` is no form anyone writes: code-and-label forms only where they differ.
    const both = e.code.toLowerCase() === e.label.toLowerCase() ? [] : [`${l}) ${e.code}: ${e.label}`, `${e.code} - ${e.label}`, `${e.code}: ${e.label}`];
    const candidates = [
      e.code.toLowerCase(),
      e.code.toUpperCase(),
      e.label,
      e.label.toLowerCase(),
      e.label.toUpperCase(),
      `${l}) ${e.label}`,
      `${l}) ${e.code}`,
      `${l.toUpperCase()}) ${e.label}`,
      ...both,
      ...aliases,
      ...aliases.map((a) => a.toUpperCase()),
      ...(TEMPLATE_FORMS[key]?.[e.code] ?? []),
    ];
    const ok = [...new Set(candidates)].filter((c) => c !== e.code && parseCode(key, c) === e.code);
    (byCode as Map<string, string[]>).set(e.code, ok);
  });
  variantCache.set(key, byCode);
  return byCode;
}

/** Values that name no code of the list (checked with the parser). */
export function unknownCodes(key: CodeListKey): string[] {
  let out = unknownCache.get(key);
  if (!out) {
    const candidates = ['X', 'ZZ', '99', 'Not known', 'See notes', 'TBC', '?', 'U7', 'N10', 'RC0', 'E99', 'WBRIT', 'Z9', 'Other (see case notes)'];
    out = candidates.filter((c) => parseCode(key, c) === null);
    unknownCache.set(key, out);
  }
  return out;
}

export function codeCell(rng: Rng, def: ColumnDef, code: string, mess: MessOptions): OutCell {
  let text = code;
  if (rng.chance(mess.codeForms)) {
    const forms = codeVariants(def.codes as CodeListKey).get(code);
    if (forms && forms.length > 0) text = rng.pick(forms);
  }
  return rng.chance(mess.straySpaces) ? straySpaces(rng, text, false) : text;
}

/** Spaces as exports leave them: trailing, leading, non-breaking, doubled between words. */
export function straySpaces(rng: Rng, text: string, inside: boolean): string {
  switch (rng.int(0, inside ? 4 : 2)) {
    case 0:
      return `${text} `;
    case 1:
      return `${text}\u00a0`;
    case 2:
      return ` ${text}  `;
    case 3:
      return text.replace(' ', '  ');
    default:
      return text.replace(' ', '\u00a0');
  }
}

/** A worker's name as another screen or person typed it: same name ignoring case and spaces. */
export function workerVariant(rng: Rng, name: string): string {
  switch (rng.int(0, 5)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return name.toLowerCase();
    case 2:
      return name.replace(/ /g, '  ');
    case 3:
      return name.replace(' ', '\u00a0');
    case 4:
      return `${name.charAt(0).toLowerCase()}${name.slice(1)} `;
    default:
      return ` ${name.replace(/ (\S+)$/, (_, s: string) => ` ${s.toUpperCase()}`)}`;
  }
}
