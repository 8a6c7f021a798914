import { REGISTRY_2022, REGISTRY_2025, builtinCatalogues, catalogue2022, catalogue2025, metaRows, periodOrThrow, unitByCode } from "@phuluc/core";
import { templateMeta } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { creatingRows } from "./creation-marker.js";
import { workbookKind } from "./workbook-kind.js";

const catalogue = catalogue2022();
const catalogues = builtinCatalogues();
const meta = templateMeta({ catalogue, unit: unitByCode(REGISTRY_2022, "51")!, period: periodOrThrow("2022-Y"), generatedAt: "2022-11-01T00:00:00.000Z" });
const meta2026 = templateMeta({
  catalogue: catalogue2025(),
  unit: unitByCode(REGISTRY_2025, "51")!,
  period: periodOrThrow("2026-Y"),
  generatedAt: "2026-11-01T00:00:00.000Z",
});
const visible = (name: string, empty = false) => ({ name, visibility: "Visible", empty });

describe("workbookKind", () => {
  it("recognises a workbook made by `phuluc template` from its _meta rows", () => {
    const kind = workbookKind({ sheets: [visible("PL01"), { name: "_meta", visibility: "VeryHidden", empty: false }], metaRows: metaRows(meta) }, catalogues);
    expect(kind).toEqual({ kind: "annex", meta, catalogue });
  });

  it("reads each workbook with its period's catalogue: 2022-Y with 2022.1, 2026-Y with 2025.2", () => {
    expect(workbookKind({ sheets: [], metaRows: metaRows(meta2026) }, catalogues)).toEqual({ kind: "annex", meta: meta2026, catalogue: catalogue2025() });
    expect(meta2026).toMatchObject({ catalogueId: catalogue2025().id, catalogueVersion: "2025.2" });
    expect(workbookKind({ sheets: [], metaRows: metaRows(meta) }, catalogues)).toMatchObject({ kind: "annex", catalogue: { version: "2022.1" } });
  });

  it("refuses a workbook made from another catalogue than its period's, and a period no catalogue covers", () => {
    // A 2026-Y workbook with the 2022.1 forms (district rows): never read with 2025.2.
    const wrong = workbookKind({ sheets: [], metaRows: metaRows({ ...meta2026, catalogueVersion: "2022.1" }) }, catalogues);
    expect(wrong).toMatchObject({
      kind: "unreadable",
      why: { problem: "other-catalogue", stated: "2022.1", expected: { version: "2025.2" }, period: { id: "2026-Y" } },
    });
    const none = workbookKind({ sheets: [], metaRows: metaRows(meta2026) }, [catalogue]);
    expect(none).toMatchObject({ kind: "unreadable", why: { problem: "no-catalogue", period: { id: "2026-Y" } } });
    expect(workbookKind({ sheets: [], metaRows: metaRows({ ...meta, period: "2022-X" }) }, catalogues)).toMatchObject({
      kind: "unreadable",
      why: { problem: "period" },
    });
  });

  it("reads _meta values Excel turned into numbers", () => {
    const rows = metaRows(meta).map(([k, v]) => [k, k === "unit" ? 51 : v]);
    expect(workbookKind({ sheets: [], metaRows: rows }, catalogues)).toMatchObject({ kind: "annex", meta: { unit: "51" } });
  });

  it("refuses another catalogue version", () => {
    const rows = metaRows({ ...meta, catalogueVersion: "2019.1" });
    expect(workbookKind({ sheets: [], metaRows: rows }, catalogues)).toMatchObject({
      kind: "unreadable",
      why: { problem: "other-catalogue", stated: "2019.1" },
    });
  });

  it("tells a blank workbook, someone else's, and a lookalike apart", () => {
    expect(workbookKind({ sheets: [visible("Sheet1", true)] }, catalogues)).toEqual({ kind: "blank" });
    expect(workbookKind({ sheets: [visible("Sheet1", true), visible("Dữ liệu")] }, catalogues)).toEqual({ kind: "foreign", sheets: ["Dữ liệu"] });
    expect(workbookKind({ sheets: [visible("PL01"), visible("PL02")] }, catalogues)).toEqual({ kind: "lookalike", sheets: ["PL01", "PL02"] });
    expect(workbookKind({ sheets: [visible("PL01")], metaRows: [["template", "other"]] }, catalogues)).toMatchObject({ kind: "lookalike" });
  });

  it("recognises a creation cut off half-way (annex sheets, _meta still marked as creating)", () => {
    const rows = creatingRows(metaRows(meta));
    const kind = workbookKind(
      { sheets: [visible("PL01"), visible("PL02"), { name: "_meta", visibility: "VeryHidden", empty: false }], metaRows: rows },
      catalogues,
    );
    expect(kind).toEqual({ kind: "half-made", meta, catalogue });
  });
});
