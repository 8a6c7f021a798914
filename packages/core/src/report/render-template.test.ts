import { describe, expect, it } from "vitest";
import { catalogue2025 } from "../catalogue/builtin-catalogues.js";
import { Dec } from "../numbers/index.js";
import { renderTemplate, type TemplateSource } from "./render-template.js";

const figures = (entries: Record<string, number>) => (key: string) => (key in entries ? new Dec(entries[key] as number) : undefined);

describe("renderTemplate", () => {
  const pl02 = catalogue2025().annex("PL02")!;
  const pl01 = catalogue2025().annex("PL01")!;
  const now = figures({ "09.1": 2100, "10.1": 257, "04.1": 12 });
  const before = figures({ "09.1": 2000, "10.1": 300 });

  it("quotes the sum of several rows, with its change against the previous period", () => {
    const src: TemplateSource = { annex: pl02, percentDecimals: 1, figure: now, previous: before, comparison: "so với năm 2024", units: [] };
    expect(renderTemplate("bổ nhiệm, giới thiệu ứng cử {r09.c1+r10.c1} lượt{r09.c1 + r10.c1|change:lượt}.", src)).toBe(
      "bổ nhiệm, giới thiệu ứng cử 2.357 lượt, tăng 57 lượt so với năm 2024.",
    );
  });

  it("says a figure is not comparable instead of a change", () => {
    const src: TemplateSource = {
      annex: pl02,
      percentDecimals: 1,
      figure: now,
      previous: before,
      comparison: "so với năm 2024",
      notComparable: (key) => (key === "04.1" ? "chỉ tiêu thay đổi từ “từ tỉnh về huyện”, mã số 04 của mẫu 2022.1" : undefined),
      units: [],
    };
    expect(renderTemplate("từ Trung ương về tỉnh {r04.c1} lượt{r04.c1|change:lượt}", src)).toBe(
      "từ Trung ương về tỉnh 12 lượt, không so sánh được: chỉ tiêu thay đổi từ “từ tỉnh về huyện”, mã số 04 của mẫu 2022.1",
    );
  });

  it("writes a percentage with the decimals the placeholder asks for, half up; the form's otherwise", () => {
    const src: TemplateSource = { annex: pl01, percentDecimals: 1, figure: figures({ "01.1": 4113, "01.2": 960, "01.3": 23.34 }), units: [] };
    expect(renderTemplate("{r01.c2/r01.c1}, {r01.c2/r01.c1:2}, {r01.c2/r01.c1:0}, {r01.c3}, {r01.c3:2}", src)).toBe("23,3%, 23,34%, 23%, 23,3%, 23,34%");
    const half: TemplateSource = { annex: pl01, percentDecimals: 1, figure: figures({ "01.1": 8, "01.2": 1 }), units: [] };
    expect(renderTemplate("{r01.c2/r01.c1:2} {r01.c2/r01.c1}", half)).toBe("12,50% 12,5%");
  });

  it("leaves out a sentence whose sum misses a figure", () => {
    const src: TemplateSource = { annex: pl02, percentDecimals: 1, figure: figures({ "09.1": 1 }), units: [] };
    expect(renderTemplate("{r09.c1+r10.c1} lượt", src)).toBeUndefined();
  });
});
