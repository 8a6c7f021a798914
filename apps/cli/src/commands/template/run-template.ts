import { access } from "node:fs/promises";
import { join } from "node:path";
import { findUnitForPeriod, formatFinding, type Catalogue, type Period, type Registry, type ReportingUnit } from "@phuluc/core";
import type { CatalogueArgument } from "../../cli/catalogue-args.js";
import { UsageError, writeError } from "../../cli/usage-error.js";
import { commitStaged, discardStaged, stageFile, type StagedFile } from "../../io/atomic-write.js";
import type { Progress } from "../../io/progress.js";
import { unitFileName } from "@phuluc/consolidate";

export interface TemplateRequest {
  period: Period;
  /** The period's catalogue, or an edited one. */
  catalogue: Catalogue;
  /** Where an edited catalogue came from (--catalogue). */
  catalogueSource?: CatalogueArgument;
  /** Every registry known: a unit of an earlier one is answered with its successor. */
  registries: readonly Registry[];
  registry: Registry;
  /** Codes or names; empty with `all`. */
  units: readonly string[];
  all: boolean;
  /** Absolute output folder. */
  out: string;
  cutOff?: string;
  force: boolean;
  progress: Progress;
}

export interface TemplateResult {
  period: Period;
  catalogue: Catalogue;
  catalogueSource?: CatalogueArgument;
  registry: Registry;
  written: { unit: ReportingUnit; path: string }[];
  /** Files that exist already and were left as they are (without --force). */
  kept: { unit: ReportingUnit; path: string }[];
}

function pickUnits(request: TemplateRequest): ReportingUnit[] {
  const { registry, period } = request;
  if (request.all) return [...registry.units];
  return request.units.map((text) => {
    const found = findUnitForPeriod(request.registries, period, text);
    if ("unit" in found) return found.unit;
    const successor = found.finding.params["successor"];
    const hint =
      typeof successor === "string"
        ? `Ghi --unit ${successor} (hoặc "${String(found.finding.params["successorName"])}") để tạo biểu mẫu của đơn vị mới.`
        : `Ghi mã đơn vị (ví dụ 51) hoặc tên (ví dụ "Quảng Ngãi") có trong ${registry.title}; hoặc dùng --all.`;
    throw new UsageError(formatFinding(found.finding), hint, "template");
  });
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Blank templates for the period, one workbook per unit, named
 * `51-quang-ngai.xlsx`. Existing files are kept unless `force`: an officer's
 * filled workbook is never overwritten by accident. All files appear
 * together when every one is ready.
 */
export async function runTemplate(request: TemplateRequest): Promise<TemplateResult> {
  const { writeTemplate } = await import("../../writers/workbook-writers.js");
  const { catalogue } = request;
  const units = pickUnits(request);
  const result: TemplateResult = {
    period: request.period,
    catalogue,
    ...(request.catalogueSource ? { catalogueSource: request.catalogueSource } : {}),
    registry: request.registry,
    written: [],
    kept: [],
  };
  const staged: StagedFile[] = [];
  request.progress.step(`Tạo ${units.length} biểu mẫu`, units.length);
  try {
    for (const unit of units) {
      const path = join(request.out, unitFileName(unit));
      if (!request.force && (await exists(path))) {
        result.kept.push({ unit, path });
      } else {
        const bytes = await writeTemplate({ catalogue, unit, period: request.period, ...(request.cutOff ? { cutOff: request.cutOff } : {}) });
        staged.push(await stageFile(path, bytes));
        result.written.push({ unit, path });
      }
      request.progress.tick(result.written.length + result.kept.length);
    }
  } catch (error) {
    await discardStaged(staged);
    if (error instanceof UsageError || typeof (error as { code?: unknown } | null)?.code !== "string") throw error;
    throw writeError(request.out, error);
  }
  try {
    commitStaged(staged);
  } catch (error) {
    await discardStaged(staged);
    throw writeError(request.out, error);
  }
  request.progress.done();
  return result;
}
