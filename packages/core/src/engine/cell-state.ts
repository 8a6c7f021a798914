import type { Decimal } from "../numbers/index.js";

/** What validation knows of one cell after reading it by its kind. */
export type CellState =
  | {
      status: "value";
      value: Decimal;
      decimals: number;
      /** Counts are exact; other values stand for an interval of half a unit in the last written decimal. */
      exact: boolean;
      address?: string;
    }
  | { status: "empty"; address?: string }
  | { status: "unreadable"; address?: string }
  /** The row was not found in the submission at all. */
  | { status: "absent" };

/** Read states of one annex by cell key `03.2`. */
export type AnnexGrid = ReadonlyMap<string, CellState>;
