import type { Audience } from '../../config/pack-config.js';

export type { Audience } from '../../config/pack-config.js';

/**
 * What each audience may see. Every audience gets small-number suppression (counts of 1 to 4
 * shown as "<5", with secondary suppression): a board meets in closed session, but its papers
 * are circulated, printed and kept, and governing a service needs the rate and its direction,
 * never the exact handful of children; officers who need the exact figure have the dashboard
 * and its drill-down behind access control. What a board adds is the breakdown by team.
 * No audience ever gets the rows behind a figure (children), worker names or data-quality
 * examples (they name children).
 */
export interface AudienceRules {
  readonly audience: Audience;
  /** How the cover names the audience. */
  readonly label: string;
  readonly teamBreakdowns: boolean;
  /** The protective marking when neither the configuration nor the command line gives one. */
  readonly defaultClassification: string;
  readonly defaultCommittee: string;
  /** A pack for publication cannot carry a marking that forbids publishing it. */
  readonly published: boolean;
}

export const AUDIENCE_RULES: Readonly<Record<Audience, AudienceRules>> = {
  board: {
    audience: 'board',
    label: 'Improvement board (closed session)',
    teamBreakdowns: true,
    defaultClassification: 'OFFICIAL-SENSITIVE',
    defaultCommittee: 'Children’s Services Improvement Board',
    published: false,
  },
  scrutiny: {
    audience: 'scrutiny',
    label: 'Scrutiny committee',
    teamBreakdowns: false,
    defaultClassification: 'OFFICIAL',
    defaultCommittee: 'Children and Young People Scrutiny Committee',
    published: false,
  },
  public: {
    audience: 'public',
    label: 'Public',
    teamBreakdowns: false,
    defaultClassification: 'OFFICIAL',
    defaultCommittee: 'Children and Young People Scrutiny Committee',
    published: true,
  },
};

/** The markings that must never go on a document the council publishes. */
export function forbidsPublication(classification: string): boolean {
  return /SENSITIVE|SECRET/i.test(classification);
}
