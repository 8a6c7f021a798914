import { describe, expect, it } from "vitest";
import { CATALOGUE_2025_2_DATA, catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
import { diffCatalogues } from "./catalogue-diff.js";
import { loadCatalogue } from "./load-catalogue.js";

describe("diffCatalogues", () => {
  it("is empty for the same catalogue", () => {
    expect(diffCatalogues(catalogue2025(), catalogue2025())).toEqual([]);
  });

  it("lists what changed from 2022.1 to 2025.2", () => {
    const changes = diffCatalogues(catalogue2022(), catalogue2025());
    expect(changes.filter((c) => c.part === "row")).toEqual([
      { change: "changed", part: "row", annex: "PL02", code: "04", before: "từ tỉnh về huyện", after: "từ Trung ương về tỉnh" },
      { change: "changed", part: "row", annex: "PL02", code: "05", before: "từ huyện về tỉnh", after: "từ cấp xã về tỉnh" },
      {
        change: "changed",
        part: "row",
        annex: "PL02",
        code: "06",
        before: "từ huyện này sang huyện khác",
        after: "từ xã, phường, đặc khu này sang xã, phường, đặc khu khác",
      },
      { change: "changed", part: "row", annex: "PL02", code: "08", before: "từ tỉnh về xã", after: "từ tỉnh về xã, phường, đặc khu" },
      {
        change: "changed",
        part: "row",
        annex: "PL06",
        code: "06",
        before: "Biên chế ban tổ chức cấp huyện",
        after: "Biên chế làm công tác tổ chức ở Ban Xây dựng Đảng cấp xã",
      },
    ]);
    expect(changes.filter((c) => c.part === "mapping").map((c) => [c.change, c.code, c.after])).toContainEqual(["added", "PL02 dòng 08", "đổi tên thành 08"]);
    expect(changes).toContainEqual({
      change: "changed",
      part: "annex",
      annex: "PL08",
      code: "PL08 note",
      before: "(trống)",
      after: expect.stringContaining("tạm thời"),
    });
    expect(changes).toContainEqual({ change: "changed", part: "catalogue", code: "validFrom", before: "(trống)", after: "2025-07-01" });
  });

  it("an added row, a removed rule, a changed sentence", () => {
    const doc = structuredClone(CATALOGUE_2025_2_DATA) as typeof CATALOGUE_2025_2_DATA;
    const pl07 = doc.annexes.find((a) => a.code === "PL07")!;
    pl07.sections[0]!.rows.push({ code: "03", label: "Số cuộc giám sát thường xuyên" } as never);
    const pl04 = doc.annexes.find((a) => a.code === "PL04")!;
    const removed = pl04.rules.shift()!;
    pl07.sentences[0] = "Tiến hành {r01.c1} cuộc kiểm tra.";
    doc.percentDecimals = 2;
    doc.nationalNotes = ["Số liệu toàn quốc là tổng số liệu của các đơn vị đã tổng hợp."];
    const changes = diffCatalogues(catalogue2025(), loadCatalogue(doc));
    expect(changes).toEqual([
      { change: "changed", part: "catalogue", code: "percentDecimals", before: "1", after: "2" },
      {
        change: "changed",
        part: "catalogue",
        code: "nationalNotes",
        before: catalogue2025().nationalNotes.join(" | "),
        after: "Số liệu toàn quốc là tổng số liệu của các đơn vị đã tổng hợp.",
      },
      { change: "removed", part: "rule", annex: "PL04", code: removed.id, before: expect.any(String) },
      { change: "added", part: "row", annex: "PL07", code: "03", after: "Số cuộc giám sát thường xuyên" },
      {
        change: "changed",
        part: "sentence",
        annex: "PL07",
        code: "1",
        before: catalogue2025().annex("PL07")!.sentences[0],
        after: "Tiến hành {r01.c1} cuộc kiểm tra.",
      },
    ]);
  });
});
