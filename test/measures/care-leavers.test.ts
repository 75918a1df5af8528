import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureLists, type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   care_leavers_in_touch | 9 | LA in Touch = Yes | care leavers aged 19, 20 or 21 at D
 *   care_leavers_eet      | 9 | Activity Status code starts with F or P | care leavers aged 19, 20 or 21 at D
 *   care_leavers_suitable_accom | 9 | Suitability of Accommodation = Suitable | care leavers aged 19, 20 or 21 at D
 *   "Age at D: whole years completed on D (birthday counted on the day)."
 *   Resolved 1: list 9 duplicates are judged on the date of birth; first row wins.
 *   Resolved 7: "a child born on 29 February has the birthday on 1 March in other years."
 *   Resolved 9: "an activity status is its leading code (F1). A value with no readable code stays in the
 *   denominator and is never a Yes. The file's Age column is ignored: age comes from the date of birth."
 *   "F1: Full time in higher education and f1 both have the code F1."
 */
describe('care leavers (list 9), D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        9: [
          // 19th birthday on D → 19 → in.
          { child_id: 'K1', dob: '2005-03-31', in_touch: 'a) Yes', activity: 'F1: Full time in higher education', suitability: 'a) Suitable' },
          // 19th birthday tomorrow → 18 → out.
          { child_id: 'K2', dob: '2005-04-01', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // 18th birthday on D → 18 → out.
          { child_id: 'K3', dob: '2006-03-31', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // 22nd birthday on D → 22 → out.
          { child_id: 'K4', dob: '2002-03-31', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // 22nd birthday tomorrow → 21 → in.
          { child_id: 'K5', dob: '2002-04-01', in_touch: 'Y', activity: 'f1', suitability: 'suitable' },
          // Born 29 Feb 2004 → 20 on 29 Feb 2024 → 20 at D → in.
          { child_id: 'K6', dob: '2004-02-29', in_touch: 'y', activity: 'P2', suitability: 'b) Unsuitable' },
          // Unreadable date of birth → out of every care-leaver measure.
          { child_id: 'K7', dob: '31/02/2004', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // Age column says 25 but the date of birth gives 19 → in.
          { child_id: 'K8', dob: '2004-06-01', age: 25, in_touch: 'b) No', activity: 'G5', suitability: 'Unsuitable' },
          // Age column says 20 but the date of birth gives 14 → out.
          { child_id: 'K9', dob: '2010-01-01', age: 20, in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // Duplicate (same child, same date of birth): first row wins.
          { child_id: 'K10', dob: '2003-05-05', in_touch: 'Yes', activity: 'F3', suitability: 'Suitable' },
          { child_id: 'K10', dob: '2003-05-05', in_touch: 'No', activity: 'G6', suitability: 'Unsuitable' },
          // Same child, different dates of birth → two rows (not duplicates); both aged 21.
          { child_id: 'K11', dob: '2003-01-01', in_touch: 'c) Died', activity: null, suitability: null },
          { child_id: 'K11', dob: '2003-01-02', in_touch: '#N/A', activity: NA_ERROR, suitability: '#N/A' },
          // 22 → out.
          { child_id: 'K12', dob: '2001-09-09', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
          // Values with no readable code stay in the denominator and are never Yes / EET / Suitable.
          { child_id: 'K13', dob: '2003-09-09', in_touch: 'unsure', activity: 'Part-time work', suitability: 'ok' },
          // 'N' is No; 'p3' has code P3 (EET); #N/A cell suitability → blank.
          { child_id: 'K14', dob: '2002-12-12', in_touch: 'N', activity: 'p3', suitability: NA_ERROR },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  // Aged 19–21 at D: K1 (19), K5 (21), K6 (20), K8 (19), K10 once (20), K11 ×2 (21), K13 (20), K14 (21) = 9.
  const COHORT = ['K1', 'K10', 'K11', 'K13', 'K14', 'K5', 'K6', 'K8'];

  it('denominator: ages 19–21 from the date of birth', async () => {
    const flags = flagsByChild(await f.drill('care_leavers_in_touch', D));
    expect(Object.keys(flags).sort()).toEqual(COHORT);
    expect(flags.K10).toHaveLength(1);
    expect(flags.K11).toHaveLength(2);
  });

  it('care_leavers_in_touch: 4 of 9', async () => {
    // Yes: K1 'a) Yes', K5 'Y', K6 'y', K10 first row 'Yes' = 4.
    // Not: K8 'b) No', K11 'c) Died', K11 '#N/A', K13 'unsure', K14 'N'.  100 × 4 / 9 = 44.4444
    expectPercent(await f.value('care_leavers_in_touch', D), 44.4444, 4, 9);
    expect(numeratorChildren(await f.drill('care_leavers_in_touch', D))).toEqual(['K1', 'K10', 'K5', 'K6']);
  });

  it('care_leavers_eet: F… or P… codes → 5 of 9', async () => {
    // EET: K1 'F1: Full time in higher education', K5 'f1', K6 'P2', K10 'F3' (first row), K14 'p3' = 5.
    // Not: K8 'G5', K11 blank, K11 #N/A cell, K13 'Part-time work' (no code).  100 × 5 / 9 = 55.5556
    expectPercent(await f.value('care_leavers_eet', D), 55.5556, 5, 9);
    expect(numeratorChildren(await f.drill('care_leavers_eet', D))).toEqual(['K1', 'K10', 'K14', 'K5', 'K6']);
  });

  it('care_leavers_suitable_accom: 3 of 9', async () => {
    // Suitable: K1 'a) Suitable', K5 'suitable', K10 'Suitable' (first row) = 3.
    // Not: K6 'b) Unsuitable', K8 'Unsuitable', K11 blank, K11 '#N/A', K13 'ok', K14 #N/A cell.  100 × 3 / 9 = 33.3333
    expectPercent(await f.value('care_leavers_suitable_accom', D), 33.3333, 3, 9);
    expect(numeratorChildren(await f.drill('care_leavers_suitable_accom', D))).toEqual(['K1', 'K10', 'K5']);
  });
});

describe('care leavers born on 29 February (non-leap year 2023)', () => {
  const lists: FixtureLists = {
    9: [
      // Born 29 Feb 2004: in 2023 the birthday is 1 March → 18 on 28 Feb 2023, 19 on 1 Mar 2023.
      { child_id: 'F29', dob: '2004-02-29', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable' },
      // Born 1 Mar 2001: 21 on 28 Feb 2023, 22 on 1 Mar 2023.
      { child_id: 'M01', dob: '2001-03-01', in_touch: 'No', activity: 'G5', suitability: 'Unsuitable' },
    ],
  };

  it('D = Tue 28 Feb 2023: the 29 Feb child is still 18 → only M01 (not in touch) → 0 of 1', async () => {
    const D = '2023-02-28';
    const f = await loadFixture(lists, D);
    try {
      expectPercent(await f.value('care_leavers_in_touch', D), 0, 0, 1);
      expect(Object.keys(flagsByChild(await f.drill('care_leavers_in_touch', D)))).toEqual(['M01']);
    } finally {
      await f.close();
    }
  });

  it('D = Wed 1 Mar 2023: the 29 Feb child turns 19, M01 turns 22 → only F29 → 1 of 1', async () => {
    const D = '2023-03-01';
    const f = await loadFixture(lists, D);
    try {
      expectPercent(await f.value('care_leavers_in_touch', D), 100, 1, 1);
      expect(Object.keys(flagsByChild(await f.drill('care_leavers_in_touch', D)))).toEqual(['F29']);
    } finally {
      await f.close();
    }
  });
});

/*
 * "Codes are matched on their code, not their label: … `F1: Full time in higher education` and `f1` both have
 * the code F1." and Resolved 9: "an activity status is its leading code (F1). A value with no readable code
 * stays in the denominator and is never a Yes." — so the code in front decides, whatever label follows it,
 * and a label written without its code is a value with no readable code.
 */
describe('care leavers: codes are matched on their code, not their label, D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        9: [
          // Code G5 with the F1 label → G5 → not EET.
          { child_id: 'G5LABEL', dob: '2003-09-09', in_touch: 'b) No', activity: 'G5: Full time in higher education', suitability: 'b) Unsuitable' },
          // Code F1 with some other label → F1 → EET.
          { child_id: 'F1OTHER', dob: '2003-09-09', in_touch: 'b) No', activity: 'F1: something else entirely', suitability: 'b) Unsuitable' },
          // Label only, no code: 'in touch' is not one of a) Yes / Yes / Y / y; 'Full time in higher education' has no code.
          { child_id: 'LABELONLY', dob: '2003-09-09', in_touch: 'in touch', activity: 'Full time in higher education', suitability: 'b) Unsuitable' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('the leading code decides, whatever the label says', async () => {
    const flags = flagsByChild(await f.drill('care_leavers_eet', D));
    expect(flags.G5LABEL).toEqual([false]);
    expect(flags.F1OTHER).toEqual([true]);
  });

  it('a label written without its code is no readable code: in the denominator, never Yes / EET (strict reading)', async () => {
    const inTouch = flagsByChild(await f.drill('care_leavers_in_touch', D));
    const eet = flagsByChild(await f.drill('care_leavers_eet', D));
    expect({ inTouch: inTouch.LABELONLY, eet: eet.LABELONLY }).toEqual({ inTouch: [false], eet: [false] });
  });
});
