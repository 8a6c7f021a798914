import { REGISTRY_2022, catalogue2022, metaRows, periodOrThrow, unitByCode } from "@phuluc/core";
import { templateMeta } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { creatingRows } from "./creation-marker.js";
import { workbookKind } from "./workbook-kind.js";

const catalogue = catalogue2022();
const meta = templateMeta({ catalogue, unit: unitByCode(REGISTRY_2022, "51")!, period: periodOrThrow("2022-Y"), generatedAt: "2022-11-01T00:00:00.000Z" });
const visible = (name: string, empty = false) => ({ name, visibility: "Visible", empty });

describe("workbookKind", () => {
  it("recognises a workbook made by `phuluc template` from its _meta rows", () => {
    const kind = workbookKind({ sheets: [visible("PL01"), { name: "_meta", visibility: "VeryHidden", empty: false }], metaRows: metaRows(meta) }, catalogue);
    expect(kind).toEqual({ kind: "annex", meta });
  });

  it("reads _meta values Excel turned into numbers", () => {
    const rows = metaRows(meta).map(([k, v]) => [k, k === "unit" ? 51 : v]);
    expect(workbookKind({ sheets: [], metaRows: rows }, catalogue)).toMatchObject({ kind: "annex", meta: { unit: "51" } });
  });

  it("refuses another catalogue version", () => {
    const rows = metaRows({ ...meta, catalogueVersion: "2019.1" });
    expect(workbookKind({ sheets: [], metaRows: rows }, catalogue)).toMatchObject({ kind: "other-version" });
  });

  it("tells a blank workbook, someone else's, and a lookalike apart", () => {
    expect(workbookKind({ sheets: [visible("Sheet1", true)] }, catalogue)).toEqual({ kind: "blank" });
    expect(workbookKind({ sheets: [visible("Sheet1", true), visible("Dữ liệu")] }, catalogue)).toEqual({ kind: "foreign", sheets: ["Dữ liệu"] });
    expect(workbookKind({ sheets: [visible("PL01"), visible("PL02")] }, catalogue)).toEqual({ kind: "lookalike", sheets: ["PL01", "PL02"] });
    expect(workbookKind({ sheets: [visible("PL01")], metaRows: [["template", "other"]] }, catalogue)).toMatchObject({ kind: "lookalike" });
  });

  it("recognises a creation cut off half-way (annex sheets, _meta still marked as creating)", () => {
    const rows = creatingRows(metaRows(meta));
    const kind = workbookKind({ sheets: [visible("PL01"), visible("PL02"), { name: "_meta", visibility: "VeryHidden", empty: false }], metaRows: rows }, catalogue);
    expect(kind).toEqual({ kind: "half-made", meta });
  });
});
