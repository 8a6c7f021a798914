import { countFindings, type Finding, type Justification, type UnitKind } from "@phuluc/core/runtime";

/**
 * What reading and validating one file found: plain data, so it crosses
 * from a worker thread as is. Figures are packed (see figure-layout.ts).
 */
export interface FileRead {
  /** Where the file is: its absolute path in the command line tool, its name elsewhere. */
  path: string;
  /** Path relative to the folder given, `/` separators. */
  file: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  /** Why the file could not be read as a workbook at all (not a zip, encrypted, .xls, too large, corrupt …). */
  readError?: Finding;
  /** A workbook, but without annex sheets. */
  notAnnex?: boolean;
  identifiedBy?: "meta" | "content";
  /** `_meta` timestamps, ISO. */
  generatedAt?: string;
  validatedAt?: string;
  /** The office suite that last saved it. */
  application?: string;
  unit?: string;
  unitName?: string;
  unitKind?: UnitKind;
  registryId?: string;
  /** Period id the file states, when readable. */
  period?: string;
  cutOff?: string;
  /** Findings about the file, then the validation's, in order. */
  findings: Finding[];
  errors: number;
  /** Open warnings (justified ones are in `justified`). */
  warnings: number;
  /** Warnings the unit justified in its sheet "Giải trình". */
  justified: number;
  /** Justifications of checks against peers, judged at the national step. */
  laterJustifications?: Justification[];
  /** The file's addresses of the cells checks against peers speak of (`peerCells`), by `PL01.01.2`: `PL01!E10`. */
  peerAddresses?: Record<string, string>;
  /** Annexes validated (due and filed): their figures are in `figures`. */
  annexes?: string[];
  /** Version of the catalogue the file was validated against; its layout packs `figures`. */
  catalogueVersion?: string;
  /** Figures of those annexes, packed (see figure-layout.ts): inputs as read, derived cells recomputed. */
  figures?: Float64Array;
  /** A fault of the program met while reading or checking this file (never the file's problem): the file is not used. */
  fault?: Fault;
}

/** A fault of the program as plain data (it crosses from a reading thread): what a developer needs, nothing of the file. */
export interface Fault {
  name: string;
  message: string;
  stack: string;
}

export function faultOf(error: unknown): Fault {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack ?? `${error.name}: ${error.message}` };
  return { name: "Error", message: String(error), stack: String(error) };
}

export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; justified: number } {
  return countFindings(findings);
}
