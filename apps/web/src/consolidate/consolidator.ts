import type { ConsolidateError, consolidateFiles } from "@phuluc/consolidate";
import { loadPageScript } from "@phuluc/core/runtime";

/**
 * What the separately loaded script `consolidator.js` gives the page: the
 * consolidation and the national workbook's writer, which only the "Tổng hợp"
 * task needs. Checking files never loads it.
 */
export interface Consolidator {
  consolidateFiles: typeof consolidateFiles;
  ConsolidateError: typeof ConsolidateError;
}

/** The global the script sets; the page reads it once the script has run. */
export const CONSOLIDATOR_GLOBAL = "phulucConsolidator";
/** Beside index.html; scripts/build.mjs writes it. */
const CONSOLIDATOR_SCRIPT = "consolidator.js";

/** The consolidator, loaded on the first consolidation asked for. */
export async function consolidator(): Promise<Consolidator> {
  await loadPageScript(CONSOLIDATOR_SCRIPT);
  return (globalThis as Record<string, unknown>)[CONSOLIDATOR_GLOBAL] as Consolidator;
}
