import { describe, expect, it } from "vitest";
import { Dec } from "../numbers/index.js";
import { catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
import { CatalogueTranslationError, catalogueTranslation, notComparableText } from "./catalogue-translation.js";

describe("catalogueTranslation 2022.1 → 2025.2", () => {
  const t = catalogueTranslation(catalogue2025(), catalogue2022());

  it("carries mapped figures over and leaves out the rows that changed", () => {
    const before = new Map(["01.1", "02.1", "03.1", "04.1", "05.1", "06.1", "07.1", "08.1", "09.1", "10.1"].map((k, i) => [k, new Dec(10 + i)]));
    const after = t.figures("PL02", before);
    expect(after.get("01.1")?.toNumber()).toBe(10);
    expect(after.get("08.1")?.toNumber()).toBe(17);
    expect(after.has("04.1")).toBe(false);
    expect(after.has("05.1")).toBe(false);
  });

  it("says why a figure has no comparable predecessor", () => {
    const reasons = t.notComparable("PL02");
    expect([...reasons.keys()]).toEqual(["04.1", "05.1", "06.1"]);
    expect(notComparableText(reasons.get("04.1")!)).toBe("chỉ tiêu thay đổi từ “từ tỉnh về huyện”, mã số 04 của mẫu 2022.1");
    expect([...t.notComparable("PL06").keys()]).toEqual(["06.1", "07.1", "08.1"]);
    expect(t.notComparable("PL04").size).toBe(0);
  });

  it("a merge sums the predecessors; a split or a new row is not comparable", () => {
    const merged = catalogueTranslation(
      {
        ...catalogue2025(),
        mapping: [
          { annex: "PL07", row: "02", became: "merged", to: ["01"] },
          { annex: "PL07", row: "01", became: "split", to: ["02"] },
        ],
      } as never,
      catalogue2022(),
    );
    expect(
      merged
        .figures(
          "PL07",
          new Map([
            ["01.1", new Dec(4)],
            ["02.1", new Dec(3)],
          ]),
        )
        .get("01.1")
        ?.toNumber(),
    ).toBe(3);
    expect(notComparableText(merged.notComparable("PL07").get("02.1")!)).toBe("chỉ tiêu thay đổi từ “Số cuộc kiểm tra”, mã số 01 của mẫu 2022.1");
  });

  it("refuses catalogues that do not follow each other", () => {
    expect(() => catalogueTranslation(catalogue2022(), catalogue2025())).toThrow(CatalogueTranslationError);
  });
});
