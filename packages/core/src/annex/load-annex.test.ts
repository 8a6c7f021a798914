import { describe, expect, it } from "vitest";
import { SchemaError } from "../errors/schema-error.js";
import type { AnnexInput } from "./annex-schema.js";
import { isInputCell } from "./annex.js";
import { loadAnnex } from "./load-annex.js";

/** A small valid annex: a total with two parts, and a percentage. */
function base(): AnnexInput & { sections: { columns: unknown[]; rows: { code: string; label: string }[] }[]; rules: unknown[] } {
  return {
    code: "PL90",
    title: "Phụ lục thử",
    titleEn: "Test annex",
    version: "2022.1",
    periods: ["Y"],
    sections: [
      {
        columns: [
          { number: 1, header: "Tổng số", kind: "count" },
          { number: 2, header: "Nữ", kind: "count" },
          { number: 3, header: "Tỷ lệ nữ (%)", kind: "percent" },
        ],
        rows: [
          { code: "01", label: "Tổng" },
          { code: "02", label: "Phần A" },
          { code: "03", label: "Phần B" },
        ],
      },
    ],
    rules: [
      { id: "PL90.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r03"], derived: true },
      { id: "PL90.c3-pct", kind: "percentage", target: "c3", part: ["c2"], whole: ["c1"], derived: true },
      { id: "PL90.c2-le-c1", kind: "compare", left: ["c2"], op: "<=", right: ["c1"] },
    ],
  } as never;
}

/** The issues of the SchemaError thrown by loading `input`. */
function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    loadAnnex(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return [...(error as SchemaError).issues];
  }
  throw new Error("expected a SchemaError");
}

describe("loadAnnex: a valid annex", () => {
  const annex = loadAnnex(base());

  it("indexes every cell with its kind and default decimals", () => {
    expect(annex.index.cells).toHaveLength(9);
    const pct = annex.index.cell("02", 3);
    expect([pct?.kind, pct?.decimals]).toEqual(["percent", { min: 1, max: 2, default: 1 }]);
    expect(annex.index.cell("02", 1)?.decimals).toEqual({ min: 0, max: 0, default: 0 });
    expect(annex.index.cell("04", 1)).toBeUndefined();
    expect(annex.index.rowSection("03")?.sectionIndex).toBe(0);
  });

  it("expands line rules at each crossing, leaving percentages out of additive rules", () => {
    const at = (id: string) => annex.instances.filter((i) => i.rule.id === id).map((i) => ("target" in i ? i.target : i.left[0]));
    // The sum applies in (1) and (2), not in the percentage column (3).
    expect(at("PL90.r01-sum")).toEqual([
      { row: "01", column: 1 },
      { row: "01", column: 2 },
    ]);
    expect(at("PL90.c3-pct")).toEqual(["01", "02", "03"].map((row) => ({ row, column: 3 })));
    expect(at("PL90.c2-le-c1")).toHaveLength(3);
  });

  it("knows which cells are derived", () => {
    expect([...annex.derivedBy.keys()]).toEqual(["01.1", "01.2", "01.3", "02.3", "03.3"]);
    expect(isInputCell(annex, annex.index.cell("02", 1)!)).toBe(true);
    expect(isInputCell(annex, annex.index.cell("01", 1)!)).toBe(false);
    expect(isInputCell(annex, annex.index.cell("02", 3)!)).toBe(false);
  });

  it("applies defaults: level 0, required, error severity, all levels, empty skips", () => {
    expect(annex.sections[0]?.rows[0]).toMatchObject({ level: 0, optional: false });
    expect(annex.rules[0]).toMatchObject({ severity: "error", level: "all", empty: "skip" });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(annex)).toBe(true);
  });
});

describe("loadAnnex: malformed annexes throw a SchemaError listing paths", () => {
  it("a duplicate row code", () => {
    const input = base();
    input.sections[0]!.rows.push({ code: "02", label: "Lặp" });
    expect(issuesOf(input)).toEqual([{ path: "sections[0].rows[3].code", message: "mã số 02 bị trùng" }]);
  });

  it("a duplicate row code across sections", () => {
    const input = base();
    input.sections.push({ columns: [{ number: 1, header: "Số", kind: "count" }], rows: [{ code: "03", label: "Lặp" }] });
    // Rules over row 03 may then also be reported as spanning sections.
    expect(issuesOf(input)[0]).toEqual({ path: "sections[1].rows[0].code", message: "mã số 03 bị trùng" });
  });

  it("a duplicate column", () => {
    const input = base();
    input.sections[0]!.columns.push({ number: 2, header: "Lặp", kind: "count" });
    expect(issuesOf(input)).toEqual([{ path: "sections[0].columns[3].number", message: "cột (2) bị trùng" }]);
  });

  it("a rule naming a missing row or column", () => {
    const input = base();
    input.rules.push({ id: "PL90.r04", kind: "sum", target: "r01", parts: ["r02", "r04"], derived: false });
    input.rules.push({ id: "PL90.c9", kind: "compare", left: ["c9"], op: "<=", right: ["c1"] });
    expect(issuesOf(input)).toEqual([
      { path: "rules[3]", message: "r04 không có trong PL90" },
      { path: "rules[4]", message: "c9 không có trong PL90" },
    ]);
  });

  it("a cell rule naming a missing cell", () => {
    const input = base();
    input.rules.push({ id: "PL90.change", kind: "change-limit", cells: ["r01.c1", "r07.c1"], maxChangePercent: 10 });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "r07.c1 không có trong PL90" }]);
  });

  it("a rule mixing rows and columns", () => {
    const input = base();
    input.rules.push({ id: "PL90.mixed", kind: "compare", left: ["r02"], op: "<=", right: ["c1"] });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "quy tắc trộn dòng và cột; dùng `in` cho chiều còn lại" }]);
  });

  it("`in` on the same axis as the rule's lines", () => {
    const input = base();
    input.rules.push({ id: "PL90.in", kind: "compare", left: ["r02"], op: "<=", right: ["r01"], in: ["r03"] });
    expect(issuesOf(input)).toEqual([{ path: "rules[3].in", message: "r03 cùng chiều với các dòng/cột của quy tắc" }]);
  });

  it("a rule whose rows lie in two sections", () => {
    const input = base();
    input.sections.push({ columns: [{ number: 1, header: "Số", kind: "count" }], rows: [{ code: "04", label: "B" }] });
    input.rules.push({ id: "PL90.r04-le-r01", kind: "compare", left: ["r04"], op: "<=", right: ["r01"] });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "các dòng của một quy tắc phải cùng một phần" }]);
  });

  it("a derived cell derived twice", () => {
    const input = base();
    input.rules.push({ id: "PL90.r01-again", kind: "sum", target: "r01", parts: ["r02"], in: ["c1"], derived: true });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "ô r01.c1 được tính bởi hai quy tắc" }]);
  });

  it("an `in` line where the rule's cells do not exist", () => {
    const input = base();
    input.rules.push({ id: "PL90.in-c4", kind: "compare", left: ["r02"], op: "<=", right: ["r01"], in: ["c4"] });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "c4 không có trong PL90" }]);
  });

  it("duplicate rule ids and ids of another annex", () => {
    const input = base();
    input.rules.push({ id: "PL90.r01-sum", kind: "compare", left: ["r02"], op: "<=", right: ["r01"] });
    input.rules.push({ id: "PL91.x", kind: "compare", left: ["r03"], op: "<=", right: ["r01"] });
    expect(issuesOf(input)).toEqual([
      { path: "rules[3].id", message: "mã quy tắc PL90.r01-sum bị trùng" },
      { path: "rules[4].id", message: "mã quy tắc phải bắt đầu bằng PL90." },
    ]);
  });

  it("a target range without bounds", () => {
    const input = base();
    input.rules.push({ id: "PL90.t", kind: "target-range", indicator: "tỷ lệ", part: ["r02.c1"], whole: ["r01.c1"] });
    expect(issuesOf(input)).toEqual([{ path: "rules[3]", message: "khoảng mục tiêu cần min hoặc max" }]);
  });

  it("bad codes: annex, row, line, cell and rule id", () => {
    const input = base() as unknown as Record<string, unknown> & ReturnType<typeof base>;
    input.code = "P90";
    input.sections[0]!.rows[1]!.code = "2";
    input.rules[0] = { id: "PL90.r01-sum", kind: "sum", target: "row1", parts: ["r02"], derived: true };
    input.rules[2] = { id: "bad id", kind: "compare", left: ["c2"], op: "<=", right: ["c1"] };
    input.rules.push({ id: "PL90.ch", kind: "change-limit", cells: ["r01c1"], maxChangePercent: 10 });
    expect(issuesOf(input)).toEqual([
      { path: "code", message: "mã phụ lục dạng PL01" },
      { path: "sections[0].rows[1].code", message: "mã số dòng phải gồm hai chữ số, ví dụ 01" },
      { path: "rules[0].target", message: "cần một dòng hoặc cột, ví dụ r01 hoặc c2" },
      { path: "rules[2].id", message: "mã quy tắc dạng PL02.r01-sum" },
      { path: "rules[3].cells[0]", message: "cần một ô, ví dụ r01.c1" },
    ]);
  });

  it("an unknown rule kind, a bad period and bad decimals", () => {
    const input = base() as unknown as Record<string, unknown> & ReturnType<typeof base>;
    input.periods = ["Y", "M"] as never;
    (input.sections[0]!.columns[2] as Record<string, unknown>).decimals = { min: 2, max: 1, default: 1 };
    input.rules.push({ id: "PL90.x", kind: "ratio" });
    expect(issuesOf(input).map((i) => i.path)).toEqual(["periods[1]", "sections[0].columns[2].decimals", "rules[3].kind"]);
  });

  it("the error message names the annex and lists every path", () => {
    const input = base();
    input.sections[0]!.rows.push({ code: "01", label: "Lặp" });
    input.rules.push({ id: "PL90.r09", kind: "compare", left: ["r09"], op: "<=", right: ["r01"] });
    expect(() => loadAnnex(input)).toThrowError(
      "Annex PL90 is malformed:\n" + "  - sections[0].rows[3].code: mã số 01 bị trùng\n" + "  - rules[3]: r09 không có trong PL90",
    );
  });

  it("not an object at all", () => {
    expect(() => loadAnnex(null)).toThrowError(/^Annex \(unnamed\) is malformed:\n {2}- \(root\): /);
    expect(issuesOf({}).map((i) => i.path)).toEqual(["code", "title", "titleEn", "periods", "sections", "rules"]);
  });
});
