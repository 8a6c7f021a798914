import { describe, expect, it } from "vitest";
import { metaFromRows, metaRows, workbookMeta } from "./meta.js";

describe("workbook metadata", () => {
  const unit = { code: "51001", officialName: "Đảng ủy xã Bình Sơn", kind: "province" as const };

  it("records the unit's kind, so a reader without the registry knows which annexes apply", () => {
    const meta = workbookMeta({ catalogueVersion: "2022.1", unit, period: { id: "2022-Y" }, generatedAt: "2022-11-01T00:00:00.000Z" });
    expect(metaRows(meta)).toContainEqual(["unitKind", "province"]);
    expect(metaFromRows(metaRows(meta))).toEqual(meta);
  });

  it("reads workbooks written before the key existed, and ignores a kind it does not know", () => {
    const rows = metaRows(
      workbookMeta({ catalogueVersion: "2022.1", unit: { code: "51", officialName: "Tỉnh ủy Quảng Ngãi" }, period: { id: "2022-Y" }, generatedAt: "" }),
    );
    expect(metaFromRows(rows)?.unitKind).toBeUndefined();
    expect(metaFromRows([...rows, ["unitKind", "galaxy"]])?.unitKind).toBeUndefined();
  });
});
