import type { PackConfig } from '../../config/pack-config.js';
import { type IsoDate, isIsoDate } from '../../model/dates.js';
import { UserError } from '../../user-error.js';
import { longDate, monthLabel } from '../scorecard-labels.js';
import { type Audience, AUDIENCE_RULES, forbidsPublication } from './audience.js';

/** The cover report's details: from the configuration's `pack:` section, the command line over it. */
export interface PackMeta {
  readonly authority: string;
  readonly committee: string;
  readonly meetingDate: IsoDate | null;
  readonly title: string;
  readonly author: string;
  readonly classification: string;
  readonly purpose: string;
  readonly recommendation: string;
  /** The configured paragraphs, printed after the ones written from the figures. */
  readonly keyConsiderations: readonly string[];
  readonly communityImpact: string;
  readonly risk: string;
}

export interface PackMetaOverrides {
  readonly committee?: string;
  readonly meetingDate?: string;
  readonly title?: string;
  readonly author?: string;
  readonly classification?: string;
}

function given(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

export function packMeta(pack: PackConfig, authority: string | null, audience: Audience, asAt: IsoDate, overrides: PackMetaOverrides = {}): PackMeta {
  const rules = AUDIENCE_RULES[audience];
  const meetingDate = given(overrides.meetingDate) ?? pack.meetingDate ?? null;
  if (meetingDate !== null && !isIsoDate(meetingDate)) throw new UserError(`--meeting-date ${meetingDate} is not a date; give it as YYYY-MM-DD`);
  const classification = (given(overrides.classification) ?? pack.classification ?? rules.defaultClassification).toUpperCase();
  if (rules.published && forbidsPublication(classification)) {
    throw new UserError(`a public pack is published, so it cannot be marked ${classification}; use --audience board or scrutiny for a restricted paper`);
  }
  const committee = given(overrides.committee) ?? pack.committee ?? rules.defaultCommittee;
  const place = authority ?? 'the council';
  const month = monthLabel(asAt);
  return {
    authority: authority ?? 'Children’s services',
    committee,
    meetingDate,
    title: given(overrides.title) ?? pack.title ?? `Children’s social care performance report: ${month}`,
    author: given(overrides.author) ?? pack.author ?? 'Performance and Intelligence Team',
    classification,
    purpose:
      pack.purpose ??
      `To report the performance of children’s social care in ${place} as at ${longDate(asAt)} to the ${committee}: the measures rated red with the service’s commentary, what has changed since last month, and the full scorecard.`,
    recommendation: pack.recommendation ?? `That the ${committee} notes the performance set out in this report and the actions the service is taking on the measures rated red.`,
    keyConsiderations: pack.keyConsiderations,
    communityImpact:
      pack.communityImpact ??
      'The measures describe how quickly and how well the council helps, protects and cares for children and young people and their families. This report seeks no decision, so it has no direct impact on communities or on groups with protected characteristics; the service’s response to the measures rated red is set out with each of them.',
    risk:
      pack.risk ??
      'Measures rated red are reported to the directorate’s management team each month and are reflected in the service risk register where they point to a risk to children’s safety or outcomes. The figures are computed from the council’s case-management extracts; the data-quality summary in the appendix says how complete they are.',
  };
}
