import { describe, expect, it } from "vitest";
import { CATALOGUE_2025_2_DATA, builtinCatalogues } from "./builtin-catalogues.js";
import { checkCatalogue } from "./check-catalogue.js";

type Doc = typeof CATALOGUE_2025_2_DATA;
type Entry = Doc["mapping"][number] & Record<string, unknown>;
function edited(edit: (doc: Doc & { mapping: Entry[] }) => void): Doc {
  const doc = structuredClone(CATALOGUE_2025_2_DATA) as Doc & { mapping: Entry[] };
  edit(doc);
  return doc;
}
const issues = (doc: unknown) => checkCatalogue(doc, builtinCatalogues()).issues;

describe("the mapping onto the predecessor catalogue", () => {
  it("a changed row the mapping does not mention", () => {
    const doc = edited((d) => {
      d.mapping = d.mapping.filter((e) => !(e.annex === "PL02" && e.row === "04"));
    });
    expect(issues(doc)).toEqual([
      {
        path: "mapping",
        message:
          "PL02 dòng 04 đổi tên từ “từ tỉnh về huyện” (2022.1) thành “từ Trung ương về tỉnh”: ghi vào mapping là renamed (cùng nội dung) hoặc none (chỉ tiêu khác)",
      },
    ]);
  });

  it("a target that does not exist, a wrong number of targets, a source the predecessor lacks, a row listed twice", () => {
    const doc = edited((d) => {
      d.mapping.push({ annex: "PL04", row: "05", became: "merged", to: ["19"] } as unknown as Entry);
      d.mapping.push({ annex: "PL04", row: "06", became: "split", to: ["06"] } as unknown as Entry);
      d.mapping.push({ annex: "PL07", row: "09", became: "none" } as unknown as Entry);
      d.mapping.push({ annex: "PL02", row: "04", became: "none" } as unknown as Entry);
      d.mapping.push({ annex: "PL01", row: "01", column: 1, became: "none" } as unknown as Entry);
    });
    expect(issues(doc)).toEqual([
      { path: "mapping[7].to[0]", message: "PL04 dòng 05: dòng 19 không có trong PL04 của danh mục này" },
      { path: "mapping[8].to", message: 'PL04 dòng 06: "split" cần từ hai chỉ tiêu trong to (đang có 1)' },
      { path: "mapping[10]", message: "PL02 dòng 04 đã được đối chiếu ở một mục trước" },
      { path: "mapping[11]", message: "ghi đúng một trong hai: row (mã số dòng) hoặc column (số cột)" },
    ]);
  });

  it("a source the predecessor lacks, once the catalogue loads", () => {
    const doc = edited((d) => {
      d.mapping.push({ annex: "PL07", row: "09", became: "none" } as unknown as Entry);
    });
    expect(issues(doc)).toEqual([{ path: "mapping[7].row", message: "dòng 09 không có trong PL07 của danh mục 2022.1" }]);
  });

  it("a mapping without a predecessor", () => {
    const doc = edited((d) => {
      delete (d as { predecessor?: string }).predecessor;
    });
    expect(issues(doc)).toEqual([{ path: "mapping", message: "có đối chiếu (mapping) mà chưa ghi danh mục liền trước (predecessor)" }]);
  });
});
