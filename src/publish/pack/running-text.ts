import { longDate } from '../scorecard-labels.js';
import type { PackModel } from './pack-model.js';
import { SUPPRESSION_NOTE } from './pack-text.js';

/**
 * What every page carries, in every format: the protective marking at the top and bottom (as
 * UK government markings are placed), the meeting, and in the footer the date the data is as
 * at, the extracts used, and the suppression rule.
 */
export interface RunningText {
  readonly classification: string;
  /** "Children and Young People Scrutiny Committee · 21 April 2026" */
  readonly meeting: string;
  readonly title: string;
  /** "Data as at 31 March 2026 · Extract annex-a-2026-03-31.xlsx and 11 earlier (Appendix D)" */
  readonly data: string;
  readonly suppression: string;
}

export function runningText(m: PackModel): RunningText {
  const earlier = m.extractsUsed.filter((x) => x.extractId !== m.extract.extractId).length;
  const extracts = `Extract ${m.extract.fileName}${earlier ? ` and ${earlier} earlier` : ''} (Appendix D)`;
  return {
    classification: m.meta.classification,
    meeting: `${m.meta.committee}${m.meta.meetingDate ? ` · ${longDate(m.meta.meetingDate)}` : ''}`,
    title: m.meta.title,
    data: `Data as at ${longDate(m.asAt)} · ${extracts}`,
    suppression: SUPPRESSION_NOTE,
  };
}
