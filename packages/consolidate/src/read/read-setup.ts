import {
  builtinCatalogues,
  catalogueForPeriod,
  catalogueFromChecked,
  type Catalogue,
  type CheckedCatalogue,
  type Period,
  type Registry,
  type Submission,
} from "@phuluc/core/runtime";
import type { RawInflate } from "@phuluc/xlsx/read";
import { figureLayout, type FigureLayout } from "./figure-layout.js";

/** Previous-period figures per unit for period-over-period rules: unit → annex → cell key → value. */
export interface PreviousByUnit {
  /** How messages name the previous period, e.g. `năm 2021`. */
  label: string;
  /** Registry of the previous period: figures are compared by unit code only for workbooks of the same registry. */
  registryId: string;
  /** Period id of the figures: compared only with workbooks of the period after it or a year after it. */
  period: string;
  units: Record<string, Record<string, Record<string, number>>>;
}

/** What a command asks reading with: the files given by the user as parsed, not yet checked. */
export interface ReadSetupData {
  /** Parsed registry files given with --registry. */
  registryFiles?: unknown[];
  /** An edited catalogue document given with --catalogue: used for every file. */
  catalogueFile?: unknown;
  /** Version of the built-in catalogue of the command's period, e.g. `2025.2`. */
  catalogueVersion?: string;
  previous?: PreviousByUnit;
}

/** What reading one file needs, built once per thread. */
export interface ReadSetup {
  /** The command's catalogue: files are read with it first. */
  catalogue: Catalogue;
  /** The catalogue a file of this period is validated against (the edited one, else the period's). */
  catalogueFor(period: Period | undefined): Catalogue;
  registries: readonly Registry[];
  layout: FigureLayout;
  previous?: { label: string; registryId: string; period: string; submissions: ReadonlyMap<string, Submission> };
  /** The inflater the reader uses (Node passes zlib's); the reader's portable one when absent. */
  inflate?: RawInflate;
}

function previousSubmission(unit: string, annexes: Record<string, Record<string, number>>): Submission {
  const out: Submission = { unit, annexes: {} };
  for (const [code, cells] of Object.entries(annexes)) {
    out.annexes[code] = { code, cells: Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, { value }])) };
  }
  return out;
}

/**
 * The setup with the files given by the user checked, as plain data: what a
 * reading thread is sent, so that it never parses a registry or catalogue
 * file again (nor loads the schemas).
 */
export interface CheckedReadSetup {
  /** The registries in force (built-in and --registry). */
  registries: Registry[];
  /** The edited catalogue (--catalogue), checked, in its plain form. */
  catalogueForm?: CheckedCatalogue;
  catalogueVersion?: string;
  previous?: PreviousByUnit;
}

/** What reading one file needs, from the checked setup (in each thread); `inflate` is the platform's (it cannot cross to a thread as data). */
export function readSetupFrom(data: CheckedReadSetup, inflate?: RawInflate): ReadSetup {
  // Checked where it was loaded: built without the checks again.
  const edited = data.catalogueForm === undefined ? undefined : catalogueFromChecked(data.catalogueForm, false);
  const builtins = builtinCatalogues();
  const catalogue = edited ?? builtins.find((c) => c.version === data.catalogueVersion) ?? builtins[0]!;
  const catalogueFor = (period: Period | undefined) => edited ?? (period && catalogueForPeriod(period, builtins)) ?? catalogue;
  const setup: ReadSetup = { catalogue, catalogueFor, registries: data.registries, layout: figureLayout(catalogue), ...(inflate ? { inflate } : {}) };
  if (data.previous) {
    const submissions = new Map(Object.entries(data.previous.units).map(([unit, annexes]) => [unit, previousSubmission(unit, annexes)]));
    setup.previous = { label: data.previous.label, registryId: data.previous.registryId, period: data.previous.period, submissions };
  }
  return setup;
}
