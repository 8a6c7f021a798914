import { describe, expect, it } from "vitest";
import { annexesDue } from "./catalogue.js";
import { catalogue2022, catalogue2025 } from "./builtin-catalogues.js";

const catalogue = catalogue2025();
const texts = (code: string) => {
  const annex = catalogue.annex(code)!;
  return [
    annex.title,
    annex.note ?? "",
    ...annex.sections.flatMap((s) => [s.title ?? "", ...s.rows.map((r) => r.label), ...s.columns.map((c) => c.header)]),
    ...annex.sentences,
  ];
};

describe("catalogue 2025.2 (two-tier local government)", () => {
  it("is provisional, follows 2022.1 and starts on 1 July 2025", () => {
    expect([catalogue.id, catalogue.version, catalogue.status, catalogue.validFrom, catalogue.validTo, catalogue.predecessor]).toEqual([
      "btctw-2025",
      "2025.2",
      "provisional",
      "2025-07-01",
      null,
      "2022.1",
    ]);
    expect(catalogue2022().validTo).toBe("2025-06-30");
    expect(catalogue.annexes.every((a) => a.version === "2025.2")).toBe(true);
  });

  it("has the same nine annexes, due in the same periods", () => {
    const shape = (c: typeof catalogue) => c.annexes.map((a) => [a.code, a.periods.join(","), a.unitKinds?.join(",") ?? ""]);
    expect(shape(catalogue)).toEqual(shape(catalogue2022()));
    expect(annexesDue(catalogue, "Y", "central").map((a) => a.code)).not.toContain("PL08");
  });

  it("names no district anywhere an annex prints or a report quotes", () => {
    for (const annex of catalogue.annexes) {
      for (const text of texts(annex.code)) expect(text, annex.code).not.toMatch(/huyện|quận|thị xã/i);
    }
  });

  it("replaces the district rows by their two-tier counterparts", () => {
    const labels = (code: string, rows: string[]) => rows.map((r) => catalogue.annex(code)?.index.rowSection(r)?.row.label);
    expect(labels("PL02", ["04", "05", "06", "08"])).toEqual([
      "từ Trung ương về tỉnh",
      "từ cấp xã về tỉnh",
      "từ xã, phường, đặc khu này sang xã, phường, đặc khu khác",
      "từ tỉnh về xã, phường, đặc khu",
    ]);
    expect(labels("PL06", ["06"])).toEqual(["Biên chế làm công tác tổ chức ở Ban Xây dựng Đảng cấp xã"]);
    expect(catalogue.annex("PL08")?.note).toMatch(/tạm thời/);
  });
});
