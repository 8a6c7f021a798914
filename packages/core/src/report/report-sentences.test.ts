import { describe, expect, it } from "vitest";
import { CATALOGUE_2022_1_DATA, catalogue2022, catalogue2025 } from "../catalogue/builtin-catalogues.js";
import { loadCatalogue } from "../catalogue/load-catalogue.js";
import { consolidate, type UnitReturn } from "../consolidation/consolidate.js";
import { inputsOf, type UnitInputs } from "../consolidation/figures.js";
import { validate } from "../engine/validate.js";
import { periodOrThrow } from "../periods/parse-period.js";
import { annexFigures } from "../submission/annex-figures.js";
import type { Submission } from "../submission/submission.js";
import { REGISTRY_2022 } from "../units/builtin-registries.js";
import { reportSentences } from "./report-sentences.js";

const catalogue = catalogue2022();

/** Only the annexes given; figures chosen so national totals are known by hand. */
function unitReturn(unit: string, annexes: Submission["annexes"]): UnitReturn {
  return { unit, validation: validate({ unit, period: "2022-Y", annexes }, catalogue, { requireDueAnnexes: false }) };
}

const pct = { numberFormats: { "01.3": "0.0", "02.3": "0.0", "03.3": "0.0", "04.1": "0.0", "05.3": "0.00", "06.3": "0.00", "07.3": "0.00" } };

function annexes(scale: number, pl05: [number, number]): Submission["annexes"] {
  const [total, done] = pl05;
  return {
    PL01: annexFigures("PL01", { "01": [4113 * scale, 960 * scale, 23.3, 0, 0, 0, 0], "02": [10, 2, 20, 0, 0, 0, 0], "03": [5, 1, 20, 0, 0, 0, 0] }, pct),
    PL03: annexFigures(
      "PL03",
      { "01": [6], "02": [1], "03": [2], "04": [3], "05": [4686 * scale, 3865 * scale, 82.48], "06": [100, 50, 50], "07": [10, 10, 100] },
      pct,
    ),
    PL04: annexFigures("PL04", {
      "01": [1000 * scale],
      "02": [50000 * scale],
      "03": [1800 * scale],
      "04": [500],
      "05": [10],
      "06": [30],
      "07": [10],
      "08": [10],
      "09": [10],
      "10": [4],
      "11": [6],
    }),
    PL05: annexFigures("PL05", { "01": [total], "02": [done], "03": [total - done], "04": [Math.round((done / total) * 1000) / 10] }, pct),
  };
}

describe("reportSentences", () => {
  const period = periodOrThrow("2022-Y");
  const returns = [unitReturn("89", annexes(1, [1900, 1000])), unitReturn("60", annexes(1, [108, 100])), unitReturn("01", annexes(1, [500, 500]))];

  it("quotes coverage, totals with shares, plan against result and units behind", () => {
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period });
    const text = reportSentences(result, catalogue, { cutOff: "2022-12-05" }).map((s) => s.text);
    expect(text[0]).toBe("Số liệu của 3/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
    expect(text[1]).toMatch(/^Chưa nhận được báo cáo của 64 đơn vị: Hà Giang, Cao Bằng, /);
    expect(text).toContain(
      "Phê duyệt quy hoạch ủy viên Ban Chấp hành đảng bộ tỉnh đối với 12.339 lượt cán bộ. Trong đó cán bộ nữ 2.880 đồng chí (chiếm 23,3%), cán bộ trẻ 0 đồng chí (chiếm 0,0%), cán bộ người dân tộc thiểu số 0 đồng chí (chiếm 0,0%).",
    );
    expect(text.find((t) => t.startsWith("Tuyển sinh"))).toBe(
      "Tuyển sinh cao cấp lý luận chính trị: hệ tập trung 11.595/14.058 học viên, đạt 82,48% so với kế hoạch; hệ không tập trung 150/300 học viên, đạt 50,00% so với kế hoạch; hệ hoàn chỉnh 30/30 học viên, đạt 100,00% so với kế hoạch.",
    );
    expect(text).toContain("Có 1.600/2.508 chi bộ trực thuộc đảng ủy cơ sở đã tổ chức đại hội, đạt 63,8%; còn 908 chi bộ chưa tổ chức đại hội.");
    expect(text).toContain("Các đơn vị chưa hoàn thành: An Giang (900 chi bộ), Bình Thuận (08 chi bộ).");
    expect(text.find((t) => t.startsWith("Tổng số tổ chức"))).toBe("Tổng số tổ chức cơ sở đảng là 3.000; tổng số đảng viên là 150.000 đồng chí.");
    for (const t of text) expect(t).toBe(t.normalize("NFC"));
  });

  it("compares with the previous period: tăng … / giảm … so với năm 2021", () => {
    const previousReturns = [unitReturn("89", annexes(1, [1900, 1900])), unitReturn("60", annexes(1, [108, 108])), unitReturn("01", annexes(1, [1, 1]))];
    const units = new Map<string, UnitInputs>(
      previousReturns.map((r) => [r.unit, new Map([...r.validation.grids].map(([a, g]) => [a, inputsOf(catalogue.annex(a)!, g)]))]),
    );
    // The current period has 46 more base organisations and 19.450 fewer members at unit 89.
    const current = [
      unitReturn("89", {
        ...annexes(1, [1900, 1000]),
        PL04: annexFigures("PL04", {
          "01": [1046],
          "02": [30550],
          "03": [1800],
          "04": [500],
          "05": [10],
          "06": [30],
          "07": [10],
          "08": [10],
          "09": [10],
          "10": [4],
          "11": [6],
        }),
      }),
      returns[1]!,
      returns[2]!,
    ];
    const result = consolidate(current, {
      catalogue,
      registry: REGISTRY_2022,
      period,
      previous: { period: periodOrThrow("2021-Y"), registry: REGISTRY_2022, units },
    });
    const text = reportSentences(result, catalogue).map((s) => s.text);
    expect(text.find((t) => t.startsWith("Tổng số tổ chức"))).toBe(
      "Tổng số tổ chức cơ sở đảng là 3.046, tăng 46 tổ chức so với năm 2021; tổng số đảng viên là 130.550 đồng chí, giảm 19.450 đồng chí so với năm 2021.",
    );
    expect(text.find((t) => t.startsWith("Kết nạp"))).toMatch(/^Kết nạp 5\.400 đảng viên mới, bằng 4,1% tổng số đảng viên, không thay đổi so với năm 2021;/);
  });
});

describe("percentages with the decimals of the form", () => {
  it("writes a share as the form's percentage cell of the same part and whole, any other share with the catalogue's percentDecimals", async () => {
    const { renderTemplate } = await import("./render-template.js");
    const { Dec } = await import("../numbers/decimal.js");
    const figures: Record<string, number> = { "01.1": 4113, "01.2": 960, "05.1": 4686, "05.2": 3865 };
    const source = (code: string, percentDecimals: number) => ({
      annex: catalogue.annex(code)!,
      percentDecimals,
      figure: (key: string) => (figures[key] === undefined ? undefined : new Dec(figures[key]!)),
      units: [],
    });
    // PL01 r01.c3 = c2/c1 has 1 decimal, PL03 r05.c3 = c2/c1 has 2: the catalogue's rule does not change them.
    expect(renderTemplate("chiếm {r01.c2/r01.c1}", source("PL01", 2))).toBe("chiếm 23,3%");
    expect(renderTemplate("đạt {r05.c2/r05.c1}", source("PL03", 1))).toBe("đạt 82,48%");
    // c1/c2 is on no form: the catalogue's percentDecimals.
    expect(renderTemplate("{r01.c1/r01.c2}", source("PL01", 1))).toBe("428,4%");
    expect(renderTemplate("{r01.c1/r01.c2}", source("PL01", 2))).toBe("428,44%");
  });

  it("declares the rule in both shipped catalogues, and a percentage cell without decimals takes it", () => {
    expect([catalogue.percentDecimals, catalogue2025().percentDecimals]).toEqual([1, 1]);
    const doc = structuredClone(CATALOGUE_2022_1_DATA) as unknown as {
      percentDecimals: number;
      annexes: { code: string; sections: { columns: { decimals?: unknown }[] }[] }[];
    };
    doc.percentDecimals = 2;
    delete doc.annexes.find((a) => a.code === "PL01")!.sections[0]!.columns[2]!.decimals;
    const two = loadCatalogue(doc);
    expect(two.annex("PL01")?.index.cell("01", 3)?.decimals).toEqual({ min: 1, max: 2, default: 2 });
    expect(two.annex("PL03")?.index.cell("05", 3)?.decimals.default).toBe(2);
  });
});

describe("the change against the previous period is like for like", () => {
  it("quotes the full total, computes the change on the units in both periods and names those left out", () => {
    const period = periodOrThrow("2022-Y");
    const pl04 = (orgs: number, members: number) =>
      annexFigures("PL04", {
        "01": [orgs],
        "02": [members],
        "03": [1800],
        "04": [500],
        "05": [10],
        "06": [30],
        "07": [10],
        "08": [10],
        "09": [10],
        "10": [4],
        "11": [6],
      });
    const withPl04 = (unit: string, orgs: number, members: number) => unitReturn(unit, { ...annexes(1, [10, 10]), PL04: pl04(orgs, members) });
    // Hà Nội (01) has no figures in 2021: its 1.000 organisations are in the 2022 total, not in the change.
    const previousReturns = [withPl04("89", 1000, 50000), withPl04("60", 1000, 50000)];
    const units = new Map<string, UnitInputs>(
      previousReturns.map((r) => [r.unit, new Map([...r.validation.grids].map(([a, g]) => [a, inputsOf(catalogue.annex(a)!, g)]))]),
    );
    const current = [withPl04("89", 1046, 30550), withPl04("60", 1000, 50000), withPl04("01", 1000, 50000)];
    const result = consolidate(current, {
      catalogue,
      registry: REGISTRY_2022,
      period,
      previous: { period: periodOrThrow("2021-Y"), registry: REGISTRY_2022, units },
    });
    const text = reportSentences(result, catalogue).map((s) => s.text);
    expect(text.find((t) => t.startsWith("Tổng số tổ chức"))).toBe(
      "Tổng số tổ chức cơ sở đảng là 3.046, tăng 46 tổ chức so với năm 2021; tổng số đảng viên là 130.550 đồng chí, giảm 19.450 đồng chí so với năm 2021 (mức tăng, giảm so sánh trên cùng 2 đơn vị; không tính: Hà Nội (kỳ trước không có số liệu)).",
    );
    expect(result.previous?.scope.units).toEqual(["60", "89"]);
    const consolidated = result.annexes.find((a) => a.code === "PL04");
    expect(consolidated?.comparison?.current.get("01.1")?.toNumber()).toBe(2046);
    expect(consolidated?.comparison?.previous.get("01.1")?.toNumber()).toBe(2000);
  });
});

describe("units behind", () => {
  it("lists at most 30 units by name, largest first, and sums up the rest", async () => {
    const { renderTemplate } = await import("./render-template.js");
    const { Dec } = await import("../numbers/decimal.js");
    const units = Array.from({ length: 40 }, (_, i) => ({ name: `Đơn vị ${i + 1}`, figure: () => new Dec(i + 1) }));
    const text = renderTemplate("Các đơn vị chưa hoàn thành: {behind:r03.c1:chi bộ}.", {
      percentDecimals: 1,
      annex: catalogue.annex("PL05")!,
      figure: () => new Dec(0),
      units,
    });
    expect(text).toMatch(/^Các đơn vị chưa hoàn thành: Đơn vị 40 \(40 chi bộ\), Đơn vị 39 \(39 chi bộ\), /);
    // Units 1–10 (1 + … + 10 = 55 chi bộ) are summed.
    expect(text).toMatch(/, Đơn vị 11 \(11 chi bộ\), và 10 đơn vị khác \(55 chi bộ\)\.$/);
  });
});
