import { describe, expect, it } from 'vitest';
import { ANNEX_A_LISTS } from '../model/annex-a-lists.js';
import { CODE_LISTS, type CodeListKey, parseCode } from '../model/codes.js';
import { dayToIso } from '../model/dates.js';
import { parseDate } from '../sources/cell-values.js';
import { matchHeaders } from '../sources/annex-a/header-match.js';
import { ALL_MESS } from './mess.js';
import { headerVariant } from './mess-layout.js';
import { codeVariants, dateCell, impossibleDate, isoDay, placeholder, unknownCodes, workerVariant } from './mess-values.js';
import { Rng } from './rng.js';

const keys = Object.keys(CODE_LISTS) as CodeListKey[];

describe('meaning-keeping mess reads back as the same value', () => {
  it('writes canonical codes the parser reads as themselves', () => {
    for (const k of keys) for (const e of CODE_LISTS[k].entries) expect(parseCode(k, e.code)).toBe(e.code);
  });

  it('offers several forms per code, each read back as that code', () => {
    for (const k of keys) {
      for (const [code, forms] of codeVariants(k)) {
        expect(forms.length, `${k} ${code}`).toBeGreaterThan(2);
        for (const f of forms) expect(parseCode(k, f), `${k}: "${f}"`).toBe(code);
      }
    }
    expect(codeVariants('source').get('6')).toEqual(expect.arrayContaining(['r) 6: Police', 'q) 6: Police']));
    expect(codeVariants('yesNo').get('Yes')).toEqual(expect.arrayContaining(['a) Yes', 'Y']));
    expect(codeVariants('placementType').get('U6')).toContain('f) U6: Foster placement - not FFA');
  });

  it('writes dates in forms that read back as the same day', () => {
    const rng = new Rng(3);
    const mess = { ...ALL_MESS, dateForms: 0.9, dateTimes: 0.5 };
    for (const iso of ['2024-02-29', '2025-03-31', '1999-12-31', '2007-01-01', '2031-06-15']) {
      for (let i = 0; i < 60; i++) {
        const cell = dateCell(rng, iso, mess);
        const parsed = typeof cell === 'object' && cell !== null && 'kind' in cell && cell.kind === 'date'
          ? { ok: true as const, value: Math.floor(cell.day + (cell.time ?? 0)) }
          : parseDate(cell as string | number);
        expect(parsed.ok && parsed.value !== null ? dayToIso(parsed.value) : parsed, JSON.stringify(cell)).toBe(iso);
      }
    }
    expect(isoDay('2024-02-29')).toBe(19782);
  });

  it('varies worker names only in case and spacing', () => {
    const rng = new Rng(5);
    const fold = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
    for (let i = 0; i < 50; i++) expect(fold(workerVariant(rng, 'Sarah Jones'))).toBe('sarah jones');
  });

  it('spells headers so that they still name their column', () => {
    const rng = new Rng(9);
    for (const list of ANNEX_A_LISTS) {
      for (let i = 0; i < 10; i++) {
        const headers = list.columns.map((c) => headerVariant(rng, c));
        const report = matchHeaders(list, headers);
        expect(report.missing.map((c) => c.key), `list ${list.number}: ${headers.join(' | ')}`).toEqual([]);
        for (const m of report.mapped) expect(m.column, m.header).toBe(list.columns[m.index]);
      }
    }
  });
});

describe('destructive mess is unreadable, never another value', () => {
  it('offers unknown codes the parser refuses', () => {
    for (const k of keys) {
      expect(unknownCodes(k).length, k).toBeGreaterThan(3);
      for (const u of unknownCodes(k)) expect(parseCode(k, u)).toBeNull();
    }
  });

  it('writes impossible dates and placeholders that do not parse', () => {
    const rng = new Rng(11);
    for (let i = 0; i < 40; i++) {
      expect(parseDate(impossibleDate(rng, '2024-05-17')).ok).toBe(false);
      expect(parseDate(placeholder(rng, 'date')).ok).toBe(false);
    }
  });
});
