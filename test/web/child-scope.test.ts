import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drill, resolveAsAt } from '../../src/measures/engine.js';
import { measureById, buildCatalogue } from '../../src/measures/catalogue/index.js';
import { childRecord } from '../../src/scorecard/child-record.js';
import { findingRows } from '../../src/scorecard/finding-rows.js';
import type { AsAtPoint } from '../../src/measures/as-at.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

/* The team scope in the query layer: the engine's drill, the child's record, the finding rows. */
describe('team scope in the query layer', () => {
  let f: WebFixture;
  let april: AsAtPoint;
  let march: AsAtPoint;
  beforeAll(async () => {
    f = await webFixture();
    const { points } = await resolveAsAt(f.store.db, ['2024-04-30', '2024-03-31']);
    [april, march] = points as [AsAtPoint, AsAtPoint];
  });
  afterAll(async () => f?.close());
  const cinOpen = () => measureById('cin_open', buildCatalogue({ standards: f.config.standards })) as NonNullable<ReturnType<typeof measureById>>;

  it('drills a list of teams, ignoring case; an empty list means no rows, never every row', async () => {
    const ids = async (teams?: string[]) => (await drill(f.store.db, april, cinOpen(), teams ? { teams } : {})).map((r) => r.child_id).sort();
    expect(await ids(['team a'])).toEqual(['ALPHA-001', 'ALPHA-002', 'ALPHA-003', 'ALPHA-004', 'ALPHA-005', 'ALPHA-006', 'ALPHA-007']);
    expect((await ids(['Team A', 'TEAM B'])).length).toBe(10);
    expect(await ids([])).toEqual([]);
    expect((await ids()).length).toBe(10);
    // A team filter inside a scope cannot widen it.
    expect(await drill(f.store.db, april, cinOpen(), { teams: ['Team A'], team: 'Team B' })).toEqual([]);
  });

  it("opens a child's record only for a scope the child is allocated to at D", async () => {
    const a = await childRecord(f.store.db, 'ALPHA-002', april, { teams: ['Team A'] });
    expect(a?.allocations.map((x) => x.team).sort()).toEqual(['Team A', 'Team A']);
    // Everything held: both extracts, several lists (contacts hold no team, yet belong to the record).
    expect(a?.tables.map((t) => t.title)).toEqual(['Annex A list 1: Contacts', 'Annex A list 3: Referrals', 'Annex A list 6: Children in need', 'Annex A list 7: Child protection plans'].filter((t) => a?.tables.some((x) => x.title === t)));
    expect(a?.tables.find((t) => t.title.includes('list 6'))?.rows.map((r) => r.asAt)).toEqual(['2024-04-30', '2024-03-31']);
    expect(await childRecord(f.store.db, 'BRAVO-001', april, { teams: ['Team A'] })).toBeNull();
    expect(await childRecord(f.store.db, 'NOTEAM-001', april, { teams: ['Team A'] })).toBeNull();
    expect(await childRecord(f.store.db, 'ALPHA-002', april, { teams: [] })).toBeNull();
    expect(await childRecord(f.store.db, 'NOTEAM-001', april, {})).not.toBeNull();
    expect(await childRecord(f.store.db, 'NO-SUCH-CHILD', april, {})).toBeNull();
    expect(await childRecord(f.store.db, 'ALPHA-002', march, { teams: ['Team A'] })).not.toBeNull();
  });

  it('returns the finding rows of a scope only', async () => {
    const all = await findingRows(f.store.db, april.extract.extractId, {}, {}, { limit: 1000, offset: 0 });
    const a = await findingRows(f.store.db, april.extract.extractId, { teams: ['Team A'] }, {}, { limit: 1000, offset: 0 });
    expect(all.total).toBeGreaterThan(0);
    expect(a.rows.every((r) => r.childId === null || r.childId.startsWith('ALPHA-'))).toBe(true);
    expect(a.total).toBe(a.rows.length);
    const none = await findingRows(f.store.db, april.extract.extractId, { teams: [] }, {}, { limit: 1000, offset: 0 });
    expect(none.rows.every((r) => r.childId === null && r.rowNumber === null)).toBe(true);
  });
});
