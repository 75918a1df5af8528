import type { Rng } from './rng.js';

/**
 * Small built-in word lists. No real person's data is ever used: workers get common first
 * names and surnames combined at random, children get invented ids only (Annex A has no
 * names), places get postcodes in an area letter pair no UK postcode uses (Q is never a first
 * letter), and the authority an invented name.
 */

const FIRST_NAMES = [
  'Amy', 'Anna', 'Ben', 'Chloe', 'Daniel', 'David', 'Emma', 'Fatima', 'Gemma', 'Grace', 'Hannah', 'Harry',
  'Helen', 'Imran', 'Jack', 'James', 'Jane', 'Jessica', 'John', 'Joseph', 'Karen', 'Kate', 'Laura', 'Leah',
  'Lucy', 'Mark', 'Mary', 'Matthew', 'Megan', 'Michael', 'Mohammed', 'Natalie', 'Nicola', 'Olivia', 'Paul',
  'Priya', 'Rachel', 'Rebecca', 'Richard', 'Ruth', 'Sam', 'Sarah', 'Sophie', 'Stephen', 'Tom', 'Zoe',
];

const SURNAMES = [
  'Ahmed', 'Ali', 'Allen', 'Bailey', 'Baker', 'Begum', 'Brown', 'Clarke', 'Cooper', 'Davies', 'Edwards',
  'Evans', 'Green', 'Hall', 'Harris', 'Hill', 'Hughes', 'Jackson', 'James', 'Johnson', 'Jones', 'Khan',
  'King', 'Lee', 'Lewis', 'Martin', 'Moore', 'Morris', 'Patel', 'Phillips', 'Roberts', 'Robinson', 'Scott',
  'Shah', 'Smith', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker', 'Ward', 'White', 'Williams', 'Wilson',
  'Wood', 'Wright', 'Young',
];

const PLACE_STEMS = ['North', 'East', 'West', 'South', 'Upper', 'Lower', 'Great', 'Little'];
const PLACE_ROOTS = ['brook', 'field', 'ford', 'ham', 'ley', 'mere', 'stow', 'wick', 'worth', 'dale'];

/** Distinct worker names, drawn without replacement from first name × surname. */
export function workerNames(rng: Rng, count: number): string[] {
  const all: string[] = [];
  for (const f of FIRST_NAMES) for (const s of SURNAMES) all.push(`${f} ${s}`);
  rng.shuffle(all);
  if (count <= all.length) return all.slice(0, count);
  // Beyond ~2 000 workers add a middle initial, as staff directories do.
  const out = [...all];
  for (let i = 0; out.length < count; i++) {
    const [f, s] = (all[i % all.length] as string).split(' ');
    out.push(`${f} ${String.fromCharCode(65 + (Math.floor(i / all.length) % 26))}. ${s}`);
  }
  return out;
}

export function authorityName(rng: Rng): string {
  const stem = rng.pick(PLACE_STEMS);
  const root = rng.pick(PLACE_ROOTS);
  return `${stem} ${root.charAt(0).toUpperCase()}${root.slice(1)}shire`;
}

export const EARLY_HELP_ORGANISATIONS = [
  'Early Help Hub',
  'Family Support Service',
  'Health Visiting Service',
  'School Nursing Service',
  "Children's Centre",
  'Youth Service',
  'Primary School',
  'Secondary School',
  'Domestic Abuse Service',
  'Housing Support',
];

/** An invented postcode: area `Q` + letter (never a real UK area), a district, a sector and unit. */
export function postcode(rng: Rng, inArea: boolean): string {
  const area = inArea ? 'QA' : `Q${String.fromCharCode(66 + rng.int(0, 23))}`;
  const unit = `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
  return `${area}${rng.int(1, 19)} ${rng.int(1, 9)}${unit}`;
}

/** Placement LA codes outside the authority: invented neighbours and the standard non-LA codes. */
export const OTHER_LA_CODES = ['951', '952', '953', '954', '955', '956', '957', 'WAL', 'SCO', 'NIR'];
