import { describe, expect, it } from "vitest";
import { SchemaError } from "../errors/schema-error.js";
import { ruleFormula, ruleText } from "../rule/rule-text.js";
import type { Rule } from "../rule/rule-schema.js";
import { CATALOGUE_2022_1_DATA, catalogue2022 } from "./builtin-catalogues.js";
import { annexesDue } from "./catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";

const catalogue = catalogue2022();
const CODES = ["PL01", "PL02", "PL03", "PL04", "PL05", "PL06", "PL07", "PL08", "PL09"];

function rule(id: string): Rule {
  const found = catalogue.annexes.flatMap((a) => a.rules).find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

describe("catalogue 2022.1", () => {
  it("has the nine annexes PL01–PL09, version 2022.1", () => {
    expect(catalogue.version).toBe("2022.1");
    expect(catalogue.annexes.map((a) => a.code)).toEqual(CODES);
    expect(catalogue.annexes.every((a) => a.version === "2022.1")).toBe(true);
    expect(catalogue.annex("PL05")?.title).toBe("Tiến độ đại hội chi bộ trực thuộc đảng ủy cơ sở");
    expect(catalogue.annex("PL10")).toBeUndefined();
  });

  it("is loaded once", () => {
    expect(catalogue2022()).toBe(catalogue);
  });

  it("says in which periods each annex is due", () => {
    expect(Object.fromEntries(catalogue.annexes.map((a) => [a.code, a.periods]))).toEqual({
      PL01: ["H1", "Y"],
      PL02: ["H1", "Y"],
      PL03: ["H1", "Y"],
      PL04: ["H1", "Y"],
      PL05: ["H1", "Y"],
      PL06: ["Y"],
      PL07: ["H1", "Y"],
      PL08: ["Y"],
      PL09: ["Y"],
    });
    const codes = (annexes: { code: string }[]) => annexes.map((a) => a.code);
    expect(codes(annexesDue(catalogue, "H1"))).toEqual(["PL01", "PL02", "PL03", "PL04", "PL05", "PL07"]);
    expect(codes(annexesDue(catalogue, "Y"))).toEqual(CODES);
    expect(codes(annexesDue(catalogue, "Q"))).toEqual([]);
  });

  it("PL08 is for provinces only", () => {
    expect(catalogue.annex("PL08")?.unitKinds).toEqual(["province"]);
    expect(catalogue.annexes.filter((a) => a.unitKinds !== undefined).map((a) => a.code)).toEqual(["PL08"]);
    const codes = (kind: "province" | "central") => annexesDue(catalogue, "Y", kind).map((a) => a.code);
    expect(codes("province")).toEqual(CODES);
    expect(codes("central")).toEqual(CODES.filter((c) => c !== "PL08"));
  });

  it("has the rows and columns of annexes.md", () => {
    const shape = (code: string) => catalogue.annex(code)?.sections.map((s) => [s.rows.map((r) => r.code).join(" "), s.columns.map((c) => c.number).join(" ")]);
    expect(shape("PL01")).toEqual([["01 02 03", "1 2 3 4 5 6 7"]]);
    expect(shape("PL02")).toEqual([["01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17", "1"]]);
    expect(shape("PL03")).toEqual([
      ["01 02 03 04", "1"],
      ["05 06 07", "1 2 3"],
    ]);
    expect(shape("PL04")).toEqual([["01 02 03 04 05 06 07 08 09 10 11", "1"]]);
    expect(shape("PL05")).toEqual([["01 02 03 04", "1"]]);
    expect(shape("PL06")).toEqual([["01 02 03 04 05 06 07 08 09", "1"]]);
    expect(shape("PL07")).toEqual([["01 02", "1"]]);
    expect(shape("PL08")).toEqual([["01 02 03 04 05 06 07", "1"]]);
    expect(shape("PL09")).toEqual([["01 02", "1 2 3 4 5 6"]]);
  });

  it("percentage cells are PL01 (3)(5)(7), PL03 (3), PL05 row 04, PL09 (6)", () => {
    const percents = catalogue.annexes.flatMap((a) =>
      a.index.cells.filter((c) => c.kind === "percent").map((c) => `${a.code}.${c.row.code}.${c.column.number}`),
    );
    expect(percents).toEqual([
      "PL01.01.3",
      "PL01.01.5",
      "PL01.01.7",
      "PL01.02.3",
      "PL01.02.5",
      "PL01.02.7",
      "PL01.03.3",
      "PL01.03.5",
      "PL01.03.7",
      "PL03.05.3",
      "PL03.06.3",
      "PL03.07.3",
      "PL05.04.1",
      "PL09.01.6",
      "PL09.02.6",
    ]);
    expect(catalogue.annex("PL03")?.index.cell("05", 3)?.decimals).toEqual({ min: 1, max: 2, default: 2 });
    expect(catalogue.annex("PL05")?.index.cell("04", 1)?.decimals).toEqual({ min: 1, max: 2, default: 1 });
  });

  it("titles, labels and headers are NFC", () => {
    for (const annex of catalogue.annexes) {
      const texts = [
        annex.title,
        annex.note ?? "",
        ...annex.sections.flatMap((s) => [s.title ?? "", ...s.rows.map((r) => r.label), ...s.columns.map((c) => c.header)]),
      ];
      for (const text of texts) expect(text, annex.code).toBe(text.normalize("NFC"));
    }
  });

  it("every derived cell is derived by one rule, and no count input is derived", () => {
    const derived = (code: string) => [...(catalogue.annex(code)?.derivedBy.keys() ?? [])].sort();
    expect(derived("PL01")).toEqual(["01.3", "01.5", "01.7", "02.3", "02.5", "02.7", "03.3", "03.5", "03.7"]);
    expect(derived("PL02")).toEqual(["01.1", "02.1", "13.1"]);
    expect(derived("PL03")).toEqual(["01.1", "05.3", "06.3", "07.3"]);
    expect(derived("PL04")).toEqual(["06.1", "09.1"]);
    expect(derived("PL05")).toEqual(["03.1", "04.1"]);
    expect(derived("PL06")).toEqual([]);
    expect(derived("PL07")).toEqual([]);
    expect(derived("PL08")).toEqual(["03.1"]);
    expect(derived("PL09")).toEqual(["01.1", "01.6", "02.1", "02.6"]);
  });
});

describe("catalogue 2022.1: rules as form text", () => {
  it("every rule renders, in Vietnamese and in English", () => {
    for (const annex of catalogue.annexes) {
      for (const r of annex.rules) {
        for (const locale of ["vi", "en"] as const) {
          const text = ruleText(r, locale);
          expect(text, r.id).not.toBe("");
          expect(text, r.id).not.toMatch(/undefined|NaN|\[object/);
          expect(text, r.id).toBe(text.normalize("NFC"));
        }
      }
    }
  });

  it.each([
    ["PL02.r01-sum", "01 = 02 + 09 + 10"],
    ["PL02.r02-sum", "02 = 03 + 04 + 05 + 06 + 07 + 08"],
    ["PL03.r01-sum", "01 = 02 + 03 + 04"],
    ["PL01.c3-pct", "(3) = (2) / (1) × 100"],
    ["PL03.c3-pct", "(3) = (2) / (1) × 100"],
    ["PL05.r04-pct", "04 = 02 / 01 × 100"],
    ["PL09.c6-pct", "(6) = ((2) + (3)) / (1) × 100"],
    ["PL09.c1-sum", "(1) = (2) + (3) + (4) + (5)"],
    ["PL06.leaders-le-r01", "02 + 03 + 04 + 05 ≤ 01"],
    ["PL06.r02-le-1", "02 ≤ 1"],
    ["PL06.r09-le-staff", "09 ≤ 01 + 06"],
    ["PL05.r03-diff", "03 = 01 − 02"],
    ["PL08.r04-eq-bodies", "04 = 01 + 02"],
    ["PL01.c2-le-c1", "(2) ≤ (1)"],
    ["PL01.r03-le-r02", "03 ≤ 02 (cột (1))"],
    ["PL03.c2-le-c1", "(2) ≤ (1) (cảnh báo)"],
  ])("%s reads %s", (id, text) => {
    expect(ruleText(rule(id))).toBe(text);
  });

  it("the formula is the same in every locale; the words around it are translated", () => {
    expect(ruleFormula(rule("PL01.r03-le-r02"))).toBe("03 ≤ 02");
    expect(ruleText(rule("PL01.r03-le-r02"), "en")).toBe("03 ≤ 02 (column (1))");
    expect(ruleText(rule("PL03.c2-le-c1"), "en")).toBe("(2) ≤ (1) (warning)");
    expect(ruleFormula(rule("PL09.r02c1-le-pl04"))).toBeUndefined();
  });

  it("the cross-annex rule", () => {
    expect(ruleText(rule("PL09.r02c1-le-pl04"))).toBe("PL09 mã số 02 cột (1) ≤ PL04 mã số 02 cột (1)");
    expect(ruleText(rule("PL09.r02c1-le-pl04"), "en")).toBe("PL09 row 02 column (1) ≤ PL04 row 02 column (1)");
  });

  it("the period-over-period rule", () => {
    expect(ruleText(rule("PL04.change"))).toBe("Mã số 01, 02: thay đổi so với kỳ trước quá 10% (cảnh báo)");
    expect(ruleText(rule("PL04.change"), "en")).toBe("Rows 01, 02: change from the previous period above 10% (warning)");
  });

  it("the national target ranges", () => {
    expect(ruleText(rule("PL04.new-member-rate"))).toBe("Toàn quốc: tỷ lệ kết nạp đảng viên mới = 03 / 02 × 100 trong khoảng 3–4% (cảnh báo)");
    expect(ruleText(rule("PL04.new-member-rate"), "en")).toBe("National: tỷ lệ kết nạp đảng viên mới = 03 / 02 × 100 between 3% and 4% (warning)");
    expect(ruleText(rule("PL09.r01-target"))).toBe(
      "Toàn quốc: tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên = ((2) + (3)) / (1) × 100 của mã số 01 từ 90% trở lên (cảnh báo)",
    );
    expect(ruleText(rule("PL09.r02-target"), "en")).toBe(
      "National: tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên = ((2) + (3)) / (1) × 100 of row 02 at least 90% (warning)",
    );
  });

  it("severities and levels follow annexes.md", () => {
    const warnings = catalogue.annexes
      .flatMap((a) => a.rules)
      .filter((r) => r.severity === "warning")
      .map((r) => r.id);
    expect(warnings).toEqual(["PL03.c2-le-c1", "PL04.new-member-rate", "PL04.change", "PL09.r01-target", "PL09.r02-target"]);
    const national = catalogue.annexes
      .flatMap((a) => a.rules)
      .filter((r) => r.level === "national")
      .map((r) => r.id);
    expect(national).toEqual(["PL04.new-member-rate", "PL09.r01-target", "PL09.r02-target"]);
    expect(rule("PL04.new-member-rate").periods).toEqual(["Y"]);
  });
});

describe("loadCatalogue", () => {
  const issuesOf = (input: Parameters<typeof loadCatalogue>[0]) => {
    try {
      loadCatalogue(input);
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      return [...(error as SchemaError).issues];
    }
    throw new Error("expected a SchemaError");
  };
  const [pl01, pl02, , pl04, , , , , pl09] = CATALOGUE_2022_1_DATA.annexes;

  it("a duplicate annex and a version that is not the catalogue's", () => {
    expect(issuesOf({ version: "2022.1", annexes: [pl01, pl02, { ...pl01 }] })).toEqual([{ path: "annexes[2].code", message: "phụ lục PL01 bị trùng" }]);
    expect(issuesOf({ version: "2023.1", annexes: [{ ...pl01, version: "2022.1" }] })).toEqual([
      { path: "annexes[0].version", message: "phiên bản phụ lục 2022.1 khác phiên bản danh mục 2023.1" },
    ]);
  });

  it("a cross-annex rule naming an annex not in the catalogue", () => {
    expect(issuesOf({ version: "2022.1", annexes: [pl09] })).toEqual([{ path: "PL09.rules[2]", message: "PL04.r02.c1 không có trong danh mục" }]);
    expect(() => loadCatalogue({ version: "2022.1", annexes: [pl04, pl09] })).not.toThrow();
  });

  it("prefixes an annex's issues with its place in the catalogue", () => {
    const broken = { ...pl02, sections: [{ ...pl02!.sections[0], rows: [...pl02!.sections[0]!.rows, { code: "01", label: "x" }] }] };
    expect(issuesOf({ version: "2022.1", annexes: [pl01, broken] })).toEqual([{ path: "annexes[1].sections[0].rows[17].code", message: "mã số 01 bị trùng" }]);
  });
});
