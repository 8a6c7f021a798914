import { builtinRegistries, catalogue2022, metaFromRows, metaRows, periodOrThrow, workbookMeta } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { annexWorkbook } from "./annex-workbook.js";

const catalogue = catalogue2022();
const registries = builtinRegistries();
const period = periodOrThrow("2022-Y");

describe("annexWorkbook", () => {
  it("opens a workbook made from a registry the add-in does not carry (`--registry FILE`), from the unit _meta records", () => {
    const unit = { code: "51-BS", officialName: "Đảng ủy huyện Bình Sơn", kind: "province" as const };
    const meta = metaFromRows(metaRows(workbookMeta({ catalogueVersion: catalogue.version, unit, period, generatedAt: "2022-11-01T00:00:00.000Z" })));
    if (!meta) throw new Error("meta");
    const resolved = annexWorkbook(meta, catalogue, registries);
    if (!("workbook" in resolved)) throw new Error(`refused: ${resolved.problem}`);
    expect(resolved.workbook.unit).toMatchObject({ code: "51-BS", officialName: "Đảng ủy huyện Bình Sơn", kind: "province" });
    expect(resolved.workbook.plans.length).toBeGreaterThan(0);
  });

  it("a built-in code with another registry's name is that other unit, not the built-in one", () => {
    const unit = { code: "51", officialName: "Đảng ủy xã Bình Hải", kind: "central" as const };
    const meta = workbookMeta({ catalogueVersion: catalogue.version, unit, period, generatedAt: "" });
    const resolved = annexWorkbook(meta, catalogue, registries);
    expect("workbook" in resolved && resolved.workbook.unit).toMatchObject({ officialName: "Đảng ủy xã Bình Hải", kind: "central" });
  });

  it("still opens older workbooks without the unit's kind from the built-in registry, and refuses an unknown unit there", () => {
    const old = workbookMeta({ catalogueVersion: catalogue.version, unit: { code: "51", officialName: "Tỉnh ủy Quảng Ngãi" }, period, generatedAt: "" });
    expect("workbook" in annexWorkbook(old, catalogue, registries)).toBe(true);
    const unknown = workbookMeta({ catalogueVersion: catalogue.version, unit: { code: "99-X", officialName: "Đảng ủy X" }, period, generatedAt: "" });
    expect(annexWorkbook(unknown, catalogue, registries)).toEqual({ problem: "unit" });
  });
});
