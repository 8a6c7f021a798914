import { describe, expect, it } from "vitest";
import { CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA, builtinCatalogues, catalogue2022 } from "./builtin-catalogues.js";
import { checkCatalogue } from "./check-catalogue.js";

type Doc = typeof CATALOGUE_2025_2_DATA;
/** A copy of 2025.2 with one edit, as central staff would make it. */
function edited(edit: (doc: Doc) => void): Doc {
  const doc = structuredClone(CATALOGUE_2025_2_DATA);
  edit(doc);
  return doc;
}
const annex = (doc: Doc, code: string) => doc.annexes.find((a) => a.code === code)! as Doc["annexes"][number] & Record<string, unknown>;
const issues = (doc: unknown) => checkCatalogue(doc, builtinCatalogues()).issues;

describe("checkCatalogue", () => {
  it("the shipped catalogues have no problem", () => {
    expect(issues(CATALOGUE_2022_1_DATA)).toEqual([]);
    expect(issues(CATALOGUE_2025_2_DATA)).toEqual([]);
  });

  it("a rule naming a row or a column the annex lacks", () => {
    const doc = edited((d) => {
      (annex(d, "PL02").rules[0] as { parts: string[] }).parts.push("r18");
      (annex(d, "PL01").rules[0] as { left: string[] }).left = ["c9"];
    });
    expect(issues(doc)).toEqual([
      { path: "annexes[0].rules[0]", message: "c9 không có trong PL01" },
      { path: "annexes[1].rules[0]", message: "r18 không có trong PL02" },
    ]);
  });

  it("a cycle between derived cells", () => {
    const doc = edited((d) => {
      annex(d, "PL04").rules.push({ id: "PL04.r09-back", kind: "sum", target: "r10", parts: ["r09"], derived: true } as never);
    });
    expect(issues(doc)).toEqual([{ path: "annexes[3].rules", message: "vòng lặp giữa các ô được tính: r09.c1 → r10.c1 → r09.c1 (quy tắc PL04.r09-sum)" }]);
  });

  it("duplicate codes: a row, an annex", () => {
    const doc = edited((d) => {
      annex(d, "PL07").sections[0]!.rows[1]!.code = "01";
      d.annexes.push(structuredClone(annex(d, "PL09")));
    });
    expect(issues(doc)).toEqual([
      { path: "annexes[6].sections[0].rows[1].code", message: "mã số 01 bị trùng" },
      // The plausibility check of row 02 now names a row the annex lacks.
      { path: "annexes[6].plausibility[0]", message: "r02.c1 không có trong PL07" },
      { path: "annexes[9].code", message: "phụ lục PL09 bị trùng" },
    ]);
  });

  it("a sentence placeholder naming a missing cell, or not a placeholder at all", () => {
    const doc = edited((d) => {
      annex(d, "PL07").sentences = ["Tiến hành {r03.c1} cuộc kiểm tra.", "Giám sát {r02.c1|doi:cuộc}."];
    });
    expect(issues(doc)).toEqual([
      { path: "annexes[6].sentences[0]", message: "chỗ điền {r03.c1} nêu ô r03.c1 không có trong PL07" },
      {
        path: "annexes[6].sentences[1]",
        message:
          "chỗ điền {r02.c1|doi:cuộc} không đúng cú pháp (ví dụ {r01.c1}, {r09.c1+r10.c1}, {r01.c2/r01.c1}, {r01.c2/r01.c1:2}, {r01.c1|change:đồng chí}, {behind:r03.c1:chi bộ})",
      },
    ]);
  });

  it("percentDecimals out of range", () => {
    const doc = edited((d) => {
      (d as Record<string, unknown>).percentDecimals = 7;
    });
    expect(issues(doc).map((i) => i.path)).toEqual(["percentDecimals"]);
  });

  it("a sum of percentages, decimals asked for a count", () => {
    const doc = edited((d) => {
      annex(d, "PL01").sentences = ["Tỷ lệ {r01.c3+r02.c3}.", "Tổng {r01.c1:2} lượt; tỷ lệ nữ {r01.c3:2}, {r01.c2/r01.c1:0}."];
    });
    expect(issues(doc)).toEqual([
      { path: "annexes[0].sentences[0]", message: "chỗ điền {r01.c3+r02.c3} cộng các ô tỷ lệ %: chỉ cộng được số đếm" },
      { path: "annexes[0].sentences[1]", message: "chỗ điền {r01.c1:2}: chỉ ô tỷ lệ % mới ghi số chữ số thập phân" },
    ]);
  });

  it("validity overlapping another catalogue", () => {
    const doc = edited((d) => {
      d.id = "btctw-2025-sua";
      d.validFrom = "2025-01-01";
    });
    expect(issues(doc)).toEqual([
      { path: "validFrom", message: "thời gian hiệu lực (2025-01-01 – (không giới hạn)) trùng với danh mục 2022.1 ((không giới hạn) – 2025-06-30)" },
      { path: "validFrom", message: "thời gian hiệu lực (2025-01-01 – (không giới hạn)) trùng với danh mục 2025.2 (2025-07-01 – (không giới hạn))" },
    ]);
  });

  it("a misspelt key and a wrong status, in Vietnamese", () => {
    const doc = edited((d) => {
      (d as Record<string, unknown>).statut = "official";
      (d as Record<string, unknown>).status = "chính thức";
      (annex(d, "PL01") as Record<string, unknown>).titel = "x";
    });
    expect(issues(doc)).toEqual([
      { path: "status", message: 'phải là một trong các giá trị: "official", "provisional"' },
      { path: "(gốc)", message: "trường không được hỗ trợ: statut (kiểm tra lỗi chính tả)" },
      { path: "annexes[0]", message: "trường không được hỗ trợ: titel (kiểm tra lỗi chính tả)" },
    ]);
    expect(catalogue2022().annexes).toHaveLength(9);
  });
});

describe("loadCatalogue's error", () => {
  it("is headed in Vietnamese, naming the version", async () => {
    const { loadCatalogue } = await import("./load-catalogue.js");
    const doc = { ...structuredClone(CATALOGUE_2025_2_DATA), colour: "đỏ" };
    expect(() => loadCatalogue(doc)).toThrowError(/^Danh mục biểu mẫu 2025\.2 có lỗi:\n {2}- /);
    expect(() => loadCatalogue({ annexes: [] })).toThrowError(/^Danh mục biểu mẫu có lỗi:\n/);
  });
});
