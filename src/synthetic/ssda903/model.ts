/**
 * A child's history as the SSDA903 generator invents it: every date is a day number and the
 * history runs to the end of the latest collection year generated. A year's return is a window
 * on it (rows.ts), so this year's and last year's returns always agree with each other.
 */

export interface SimEpisode {
  readonly decom: number;
  /** Null while still open at the end of the history. */
  dec: number | null;
  readonly rne: string;
  readonly ls: string;
  readonly cin: string;
  readonly place: string;
  readonly provider: string | null;
  rec: string | null;
  rpc: string | null;
  readonly homePost: string;
  readonly plPost: string | null;
  readonly urn: string | null;
}

export interface SimAdoption {
  /** The decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED; AD1 DATE_INT). */
  readonly decision: number;
  /** The decision reversed, with its reason (RD1–RD4). */
  readonly ceased: number | null;
  readonly reason: string | null;
  readonly match: number | null;
  readonly fosterCarer: boolean;
  readonly adopters: { readonly nb: string; readonly sex: string; readonly ls: string };
}

export interface SimMissing {
  readonly start: number;
  readonly end: number | null;
  readonly type: 'M' | 'A';
}

export interface SimSocialWorker {
  readonly id: string;
  readonly start: number;
  readonly end: number | null;
  readonly reason: string | null;
}

export interface SimChild {
  readonly id: string;
  readonly dob: number;
  /** M or F (written as 1 / 2 before 2024/25). */
  readonly sex: 'M' | 'F';
  readonly ethnic: string;
  readonly upn: string;
  /** Date of birth of the child's own first child (girls only). */
  readonly mcDob: number | null;
  readonly episodes: SimEpisode[];
  readonly uasc: boolean;
  readonly adoption: SimAdoption | null;
  readonly missing: SimMissing[];
  readonly reviews: number[];
  readonly socialWorkers: SimSocialWorker[];
  /** Previous permanence, given for each period of care started (P1–P4, Z1). */
  readonly prevPerm: { readonly perm: string; readonly la: string | null; readonly date: string | null };
  /** Seed for the care leaver's status draws (OC3), per year. */
  readonly leaverSeed: number;
  /** Health items drawn once (OC2), per year by seed. */
  readonly healthSeed: number;
}

/** One row of a table, by column, as written to the CSV file (blank as null). */
export type Row = Record<string, string | null>;

/** A year's return: rows per table. */
export type ReturnRows = Record<string, Row[]>;
