import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.js";
import type { readCell } from "./read-cell.js";
import type { ColumnKind, RawCell, ReadNumber } from "./cell-value.js";
import { KINDS, readNumber, readPlain, readProblem, readsEmpty } from "./read-cell.test-support.js";

function expectRead(cell: RawCell, kind: ColumnKind, value: string, decimals: number, source: ReadNumber["source"]) {
  expect(readPlain(cell, kind)).toEqual({ value, decimals, source });
}

function expectEmpty(cell: RawCell, kind: ColumnKind) {
  expect(readsEmpty(cell, kind)).toBe(true);
}

describe("readCell: JS numbers in a count column", () => {
  it("reads whole numbers with decimals 0", () => {
    expectRead({ value: 1019 }, "count", "1019", 0, "number");
    expectRead({ value: 0 }, "count", "0", 0, "number");
    expectRead({ value: 100 }, "count", "100", 0, "number");
    expectRead({ value: 5300000, numberFormat: "#,##0" }, "count", "5300000", 0, "number");
    expectRead({ value: 12, numberFormat: "0.00" }, "count", "12", 0, "number");
  });

  it("reads whole counts at the edges of exact numbers", () => {
    expectRead({ value: -0 }, "count", "0", 0, "number");
    expectRead({ value: 1e15 }, "count", "1000000000000000", 0, "number");
    expectRead({ value: 2 ** 49 }, "count", "562949953421312", 0, "number");
    expect(readProblem({ value: -3 }, "count")).toEqual({ code: "value.negative", params: { value: "-3" } });
  });

  it("returns a value of the configured constructor", () => {
    expect(readNumber({ value: 1019 }, "count").value).toBeInstanceOf(Dec);
  });

  it("reads a count with a percent format as the number itself", () => {
    expectRead({ value: 12, numberFormat: "0%" }, "count", "12", 0, "number");
  });

  it("hints at thousands when a count has exactly three decimals (1.078 typed with an English decimal point)", async () => {
    const problem = readProblem({ value: 1.078 }, "count");
    expect(problem).toEqual({ code: "value.not_whole", params: { value: "1.078", thousands: "1078" } });
    expect(readProblem({ value: 1.5 }, "count")).toEqual({ code: "value.not_whole", params: { value: "1.5" } });
    const { formatFinding } = await import("../messages/format-finding.js");
    const message = (locale?: "en") =>
      formatFinding({ code: problem.code, severity: "error", path: {}, params: problem.params }, { withoutFile: true, ...(locale ? { locale } : {}) });
    expect(message()).toBe(
      "Giá trị 1,078 không phải số nguyên; ô này ghi số lượng (số nguyên). Nếu định ghi 1.078 (số nguyên) thì máy đã đọc dấu chấm là dấu thập phân kiểu tiếng Anh: hãy gõ 1078, không có dấu chấm.",
    );
    expect(message("en")).toBe(
      "1.078 is not a whole number; this cell holds a count. If 1078 was meant, the point was read as an English decimal point: type 1078 without it.",
    );
  });

  it("rejects fractions as not whole, even when the format hides them", () => {
    expect(readProblem({ value: 12.5 }, "count")).toEqual({ code: "value.not_whole", params: { value: "12.5" } });
    expect(readProblem({ value: 12.5, numberFormat: "0" }, "count")).toEqual({
      code: "value.not_whole",
      params: { value: "12.5" },
    });
    expect(readProblem({ value: 0.5, numberFormat: "0%" }, "count").code).toBe("value.not_whole");
  });

  it("absorbs float noise beyond 6 decimals of a computed whole number", () => {
    expectRead({ value: 0.1 * 3 * 10 }, "count", "3", 0, "number"); // 3.0000000000000004
    expectRead({ value: 1e-7 }, "count", "0", 0, "number");
  });

  it("rejects negatives", () => {
    expect(readProblem({ value: -5 }, "count")).toEqual({ code: "value.negative", params: { value: "-5" } });
    expect(readProblem({ value: -1.5 }, "count").code).toBe("value.negative");
  });
});

describe("readCell: JS numbers in a percent column", () => {
  it("multiplies a percent-formatted fraction by 100 exactly", () => {
    expectRead({ value: 0.233, numberFormat: "0.0%" }, "percent", "23.3", 1, "percent-format");
    // Float arithmetic would give 7.000000000000001 and 1.1 (1.15 → toFixed "1.1") here.
    expect(0.07 * 100).not.toBe(7);
    expectRead({ value: 0.07, numberFormat: "0.##%" }, "percent", "7", 0, "percent-format");
    expect((0.0115 * 100).toFixed(1)).toBe("1.1");
    expectRead({ value: 0.0115, numberFormat: "0.0%" }, "percent", "1.2", 1, "percent-format");
    expectRead({ value: 0.2334, numberFormat: "0.0%" }, "percent", "23.3", 1, "percent-format");
    expectRead({ value: 0.2335, numberFormat: "0.0%" }, "percent", "23.4", 1, "percent-format");
    expectRead({ value: 0.5, numberFormat: "0%" }, "percent", "50", 0, "percent-format");
    expectRead({ value: 0.8248, numberFormat: "0.00%;[Red]-0.00%" }, "percent", "82.48", 2, "percent-format");
    expectRead({ value: 1, numberFormat: "0.0%" }, "percent", "100", 1, "percent-format");
    expectRead({ value: 1.25, numberFormat: "0%" }, "percent", "125", 0, "percent-format");
    expectRead({ value: 0, numberFormat: "0.0%" }, "percent", "0", 1, "percent-format");
  });

  it("uses the capped shortest form when the percent format has no fixed decimals", () => {
    expectRead({ value: 0.23456789, numberFormat: "0.0#%" }, "percent", "23.456789", 6, "percent-format");
    expectRead({ value: 0.235, numberFormat: "0.##%" }, "percent", "23.5", 1, "percent-format");
  });

  it("reads a plain number as already a percentage", () => {
    expectRead({ value: 23.3 }, "percent", "23.3", 1, "number");
    expectRead({ value: 23.3, numberFormat: "General" }, "percent", "23.3", 1, "number");
    expectRead({ value: 23.3, numberFormat: "0.00" }, "percent", "23.3", 2, "number");
    expectRead({ value: 23.34, numberFormat: "0.0" }, "percent", "23.3", 1, "number");
    expectRead({ value: 100 }, "percent", "100", 0, "number");
    expectRead({ value: 0 }, "percent", "0", 0, "number");
    expectRead({ value: 112.5 }, "percent", "112.5", 1, "number");
  });

  it("caps an unrounded formula result at 6 decimals", () => {
    expectRead({ value: 23.340661316557257 }, "percent", "23.340661", 6, "number");
    expectRead({ value: 23.3406615 }, "percent", "23.340662", 6, "number");
    expectRead({ value: 1e-7 }, "percent", "0", 6, "number");
    expectRead({ value: 5e-7 }, "percent", "0.000001", 6, "number");
  });

  it("rejects negatives, also percent-formatted ones", () => {
    expect(readProblem({ value: -5 }, "percent")).toEqual({ code: "value.negative", params: { value: "-5" } });
    expect(readProblem({ value: -0.05, numberFormat: "0.0%" }, "percent")).toEqual({
      code: "value.negative",
      params: { value: "-5" },
    });
  });

  it("reads float noise that rounds to zero as zero, never -0", () => {
    const read = readNumber({ value: -1e-17 }, "percent");
    expect(read.value.isZero()).toBe(true);
    expect(read.value.isNegative()).toBe(false);
    expect(read.decimals).toBe(6);
  });
});

describe("readCell: JS numbers in a decimal column", () => {
  it("keeps the written decimals", () => {
    expectRead({ value: 23.3 }, "decimal", "23.3", 1, "number");
    expectRead({ value: 23.3, numberFormat: "0.00" }, "decimal", "23.3", 2, "number");
    expectRead({ value: 2.345, numberFormat: "#,##0.00" }, "decimal", "2.35", 2, "number");
    expectRead({ value: 1019 }, "decimal", "1019", 0, "number");
    expectRead({ value: 1e14 }, "decimal", "100000000000000", 0, "number");
    expectRead({ value: 1.5e-5 }, "decimal", "0.000015", 6, "number");
  });

  it("ignores the decimals of a percent display format (no ×100 outside percent columns)", () => {
    expectRead({ value: 0.2345, numberFormat: "0.0%" }, "decimal", "0.2345", 4, "number");
  });

  it("rejects negatives", () => {
    expect(readProblem({ value: -0.5 }, "decimal").code).toBe("value.negative");
  });
});

describe("readCell: values that are not numbers", () => {
  it.each(KINDS)("NaN is not a number and infinities are too large (%s)", (kind) => {
    expect(readProblem({ value: Number.NaN }, kind)).toEqual({ code: "value.not_a_number", params: { text: "NaN" } });
    expect(readProblem({ value: Infinity }, kind)).toEqual({ code: "value.too_large", params: { text: "∞", limit: "1000000000000000" } });
    expect(readProblem({ value: -Infinity }, kind).code).toBe("value.too_large");
  });

  it.each(KINDS)("a figure past 10^15 is refused by name, never summed (%s)", (kind) => {
    expect(readProblem({ value: 1e308 }, kind)).toEqual({ code: "value.too_large", params: { text: "1E+308", limit: "1000000000000000" } });
    // Typed text is quoted as typed, cut to 200 characters.
    expect(readProblem({ value: `1${"0".repeat(400)}` }, kind)).toMatchObject({ code: "value.too_large", params: { text: `1${"0".repeat(198)}…` } });
    expect(readProblem({ value: 2 ** 60 }, kind)).toMatchObject({ code: "value.too_large", params: { text: "1.15292150460685E+18" } });
    expect(readProblem({ value: 1e15 + 2 }, kind).code).toBe("value.too_large");
  });

  it.each(KINDS)("booleans and dates are unsupported (%s)", (kind) => {
    expect(readProblem({ value: true }, kind)).toEqual({ code: "value.unsupported_type", params: { type: "boolean" } });
    expect(readProblem({ value: false }, kind)).toEqual({
      code: "value.unsupported_type",
      params: { type: "boolean" },
    });
    expect(readProblem({ value: new Date() }, kind)).toEqual({
      code: "value.unsupported_type",
      params: { type: "date" },
    });
  });

  it.each(KINDS)("Excel errors are reported with their text (%s)", (kind) => {
    expect(readProblem({ value: { error: "#N/A" } }, kind)).toEqual({ code: "value.error", params: { error: "#N/A" } });
    expect(readProblem({ value: { error: "#DIV/0!" } }, kind)).toEqual({
      code: "value.error",
      params: { error: "#DIV/0!" },
    });
  });

  it("reports unexpected runtime values as unsupported", () => {
    const cell = { value: 5n } as unknown as Parameters<typeof readCell>[0];
    expect(readProblem(cell, "count")).toEqual({ code: "value.unsupported_type", params: { type: "bigint" } });
    const obj = { value: { foo: 1 } } as unknown as Parameters<typeof readCell>[0];
    expect(readProblem(obj, "count").code).toBe("value.unsupported_type");
  });

  it.each(KINDS)("null and undefined are empty (%s)", (kind) => {
    expectEmpty({ value: null }, kind);
    expectEmpty({ value: undefined }, kind);
    expectEmpty({ value: null, numberFormat: "0.0%" }, kind);
  });

  it("-0 reads as 0", () => {
    const read = readNumber({ value: -0 }, "decimal");
    expect(read.value.isNegative()).toBe(false);
    expect(read.value.toFixed()).toBe("0");
  });
});
