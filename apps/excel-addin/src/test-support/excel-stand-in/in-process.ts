/**
 * The stand-in installed in this process for Node tests of the adapter:
 * `Excel` on `globalThis` over a workbook model, with its syncs and calls
 * counted (the browser tests load it through install.ts instead).
 */
import { emptyCalls, type StandInCalls, type StandInStats } from "./client-base.js";
import { officeGlobals, type StandInConfig } from "./office-global.js";
import type { WorkbookModel } from "./workbook-model.js";

export type CountedStats = StandInStats & { calls: StandInCalls };

const scope = globalThis as Record<string, unknown>;

export function installStandIn(model: WorkbookModel, config: StandInConfig = {}): CountedStats {
  const stats: CountedStats = { syncs: 0, readSyncs: 0, writeSyncs: 0, calls: emptyCalls() };
  scope.Excel = officeGlobals(model, stats, config).Excel;
  return stats;
}

/** Forgets the syncs and calls counted so far (the workbook stays as it is). */
export function resetCounts(stats: CountedStats): void {
  Object.assign(stats, { syncs: 0, readSyncs: 0, writeSyncs: 0, calls: emptyCalls() });
}

export function removeStandIn(): void {
  delete scope.Excel;
}
