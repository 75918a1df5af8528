import { z } from 'zod';
import { isIsoDate } from '../model/dates.js';

/**
 * The committee pack's part of the configuration file (`pack:`): the cover report's details and
 * standing paragraphs, which change rarely, so officers set them once; the command line
 * (`--committee`, `--meeting-date`, `--title`, `--author`, `--classification`) overrides them
 * for one meeting. Everything is optional: the pack words a sensible default for each.
 */
export const AUDIENCES = ['board', 'scrutiny', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

const text = z.string().trim().min(1, 'cannot be blank').max(4000, 'is longer than 4,000 characters');

export const PackConfigSchema = z
  .object({
    /** The meeting the pack goes to, e.g. "Children and Young People Scrutiny Committee". */
    committee: text.max(200).optional(),
    title: text.max(200).optional(),
    /** The report's author as it is printed: a role, usually ("Head of Performance and Intelligence"). */
    author: text.max(200).optional(),
    /** The protective marking printed at the top and bottom of every page (OFFICIAL, OFFICIAL-SENSITIVE). */
    classification: text.max(60).optional(),
    meetingDate: z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }).optional(),
    /** The audience when the command line does not say (default: public, the safest). */
    audience: z.enum(AUDIENCES).optional(),
    purpose: text.optional(),
    recommendation: text.optional(),
    /** Numbered paragraphs added after the ones the pack writes from the figures. */
    keyConsiderations: z.array(text).default([]),
    communityImpact: text.optional(),
    risk: text.optional(),
    /** Measure ids charted in their theme's section (default: the red measures and the biggest movers). */
    focus: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

export type PackConfig = z.infer<typeof PackConfigSchema>;
