import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Extended care-leaver measures (src/measures/catalogue/extended-care-leavers.ts), list 9 rows of the extract current
 * at D, duplicates on (child, date of birth) once, age = whole years completed on D from the date of birth:
 *   care_leavers_17_18_{in_touch,eet,suitable_accom,neet} | as the core 19–21 measures, ages 17–18; NEET = G4, G5, G6
 *   care_leavers_neet                  | G4, G5, G6 | care leavers aged 19–21
 *   care_leavers_former_foster_carers  | accommodation Z | care leavers aged 18–20
 *   care_leavers_with_pa               | non-blank Allocated Worker | every care leaver in list 9, once each
 *
 * D = Mon 30 Sep 2024: aged 17 if born 1 Oct 2006 – 30 Sep 2007 (born 1 Oct 2007 is 16); aged 18 if born 1 Oct 2005 –
 * 30 Sep 2006; born 30 Sep 2005 is 19; born 1 Oct 2003 is 20; born 30 Sep 2003 is 21.
 */
describe('care leavers, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        9: [
          { child_id: 'Y1', dob: '2007-09-30', in_touch: 'a) Yes', activity: 'F2', suitability: 'Suitable', accommodation: 'B', worker: 'PA One' }, // 17
          { child_id: 'Y2', dob: '2007-10-01', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable', accommodation: 'Z', worker: null }, // 16
          { child_id: 'Y3', dob: '2005-10-01', in_touch: 'No', activity: 'G5', suitability: 'b) Unsuitable', accommodation: 'z) Z', worker: '#N/A' }, // 18
          { child_id: 'Y4', dob: '2006-03-15', in_touch: 'Refu', activity: 'p3', suitability: null, accommodation: 'Z: With former foster carers', worker: 'Pa One' }, // 18
          { child_id: 'Y5', dob: '2005-09-30', in_touch: 'Yes', activity: 'G4', suitability: 'Suitable', accommodation: 'Z', worker: 'X' }, // 19
          { child_id: 'Y6', dob: '2003-10-01', in_touch: 'Yes', activity: 'g6', suitability: 'Suitable', accommodation: 'U', worker: 'PA2' }, // 20
          { child_id: 'Y7', dob: '2003-09-30', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable', accommodation: 'Z', worker: null }, // 21
          { child_id: 'Y8', dob: null, in_touch: 'Yes', activity: 'G5', accommodation: 'Z', worker: 'W' }, // no date of birth
          { child_id: 'Y9', dob: '31/02/2006', in_touch: 'Yes', activity: 'G5', accommodation: 'Z', worker: NA_ERROR }, // unreadable
          { child_id: 'Y10', dob: '2006-12-12', in_touch: null, activity: 'Working', suitability: 'Suitable?', accommodation: 'y) Y', worker: 'PA3' }, // 17
          // Duplicate (same child, same date of birth): the first row wins.
          { child_id: 'Y11', dob: '2007-01-01', in_touch: 'Yes', activity: 'G5', suitability: 'Unsuitable', accommodation: 'Z', worker: 'PA4' }, // 17
          { child_id: 'Y11', dob: '2007-01-01', in_touch: 'No', activity: 'F1', suitability: 'Suitable', accommodation: 'B', worker: null },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  // Aged 17–18: Y1 (17), Y3 (18), Y4 (18), Y10 (17), Y11 (17) = 5.

  it('care_leavers_17_18_in_touch: Y1, Y11 of 5 → 40', async () => {
    expectPercent(await f.value('care_leavers_17_18_in_touch', D), 40, 2, 5);
    const flags = flagsByChild(await f.drill('care_leavers_17_18_in_touch', D));
    expect(Object.keys(flags).sort()).toEqual(['Y1', 'Y10', 'Y11', 'Y3', 'Y4']);
    expect(flags.Y11).toEqual([true]);
  });

  it('care_leavers_17_18_eet: Y1 (F2), Y4 (p3) of 5 → 40', async () => {
    expectPercent(await f.value('care_leavers_17_18_eet', D), 40, 2, 5);
    expect(numeratorChildren(await f.drill('care_leavers_17_18_eet', D))).toEqual(['Y1', 'Y4']);
  });

  it('care_leavers_17_18_suitable_accom: Y1 of 5 → 20', async () => {
    expectPercent(await f.value('care_leavers_17_18_suitable_accom', D), 20, 1, 5);
  });

  it('NEET: 17–18 Y3, Y11 (G5) of 5 → 40; 19–21 Y5 (G4), Y6 (g6) of Y5, Y6, Y7 → 66.6667', async () => {
    expectPercent(await f.value('care_leavers_17_18_neet', D), 40, 2, 5);
    expect(numeratorChildren(await f.drill('care_leavers_17_18_neet', D))).toEqual(['Y11', 'Y3']);
    expectPercent(await f.value('care_leavers_neet', D), 66.6667, 2, 3);
    // Y10's "Working" has no readable code: neither EET nor NEET.
    expect(flagsByChild(await f.drill('care_leavers_17_18_neet', D)).Y10).toEqual([false]);
  });

  it('care_leavers_former_foster_carers: aged 18–20 Y3, Y4, Y5, Y6; Z: Y3 (z) Z), Y4, Y5 → 75', async () => {
    expectPercent(await f.value('care_leavers_former_foster_carers', D), 75, 3, 4);
    expect(numeratorChildren(await f.drill('care_leavers_former_foster_carers', D))).toEqual(['Y3', 'Y4', 'Y5']);
  });

  it('care_leavers_with_pa: every care leaver once (11), 7 with a worker', async () => {
    // Workers: Y1, Y4, Y5, Y6, Y8, Y10, Y11 (first row) = 7. None: Y2 (blank), Y3 ('#N/A'), Y7, Y9 (#N/A cell).
    // 100 × 7 / 11 = 63.6363… → 63.6364
    expectPercent(await f.value('care_leavers_with_pa', D), 63.6364, 7, 11);
    expect(numeratorChildren(await f.drill('care_leavers_with_pa', D))).toEqual(['Y1', 'Y10', 'Y11', 'Y4', 'Y5', 'Y6', 'Y8']);
  });

  it('the drill-down shows the age at D, not the file’s Age column', async () => {
    const rows = await f.drill('care_leavers_17_18_eet', D);
    expect(Object.fromEntries(rows.map((r) => [r.child_id, r.age_at_d]))).toEqual({ Y1: 17, Y3: 18, Y4: 18, Y10: 17, Y11: 17 });
  });
});
