import { describe, expect, it } from "vitest";
import type { ColumnKind } from "./cell-value.js";
import { KINDS, readNumber, readPlain, readProblem, readsEmpty } from "./read-cell.test-support.js";

const text = (value: string, kind: ColumnKind) => readPlain({ value }, kind);
const num = (value: string, decimals: number) => ({ value, decimals, source: "text" });
const problem = (value: string, kind: ColumnKind) => readProblem({ value }, kind);

describe("readCell: text, empty", () => {
  it.each(KINDS)("empty, blank and lone dashes are empty (%s)", (kind) => {
    for (const value of ["", "  ", "\t", "\u00A0", " \u202F ", "-", " - ", "\u2013", "\u2014", " \u2014 "]) {
      expect(readsEmpty({ value }, kind), JSON.stringify(value)).toBe(true);
    }
  });

  it("a double dash is not empty", () => {
    expect(problem("--", "count").code).toBe("value.not_a_number");
  });
});

describe("readCell: text in a count column", () => {
  it.each([
    ["1019", "1019"],
    ["1.019", "1019"],
    ["5.300.000", "5300000"],
    ["08", "8"],
    ["05", "5"],
    ["0", "0"],
    ["+12", "12"],
    ["-0", "0"],
    [" 1 019 ", "1019"],
    ["1\u00A0019", "1019"],
    ["1\u202F019", "1019"],
    ["5 300 000", "5300000"],
    ["12,0", "12"],
    ["1.019,00", "1019"],
  ])("%j → %s", (input, value) => {
    expect(text(input, "count")).toEqual(num(value, 0));
  });

  it("keeps the original text", () => {
    expect(readNumber({ value: " 1 019 " }, "count").text).toBe(" 1 019 ");
  });

  it("a comma before exactly 3 digits is ambiguous (1019 or 1,019?)", () => {
    expect(problem("1,019", "count")).toEqual({ code: "value.ambiguous", params: { text: "1,019" } });
    expect(problem("12,500", "count").code).toBe("value.ambiguous");
    expect(problem("-1,019", "count").code).toBe("value.ambiguous");
  });

  it("a decimal comma that cannot be English thousands is a fraction", () => {
    expect(problem("1,5", "count")).toEqual({ code: "value.not_whole", params: { text: "1,5", value: "1.5" } });
    expect(problem("1.019,5", "count")).toEqual({
      code: "value.not_whole",
      params: { text: "1.019,5", value: "1019.5" },
    });
    expect(problem("1 019,5", "count").code).toBe("value.not_whole");
    expect(problem("1019,500", "count").code).toBe("value.not_whole");
  });

  it("rejects a percent sign", () => {
    expect(problem("12%", "count")).toEqual({ code: "value.not_a_number", params: { text: "12%" } });
  });

  it("rejects negatives", () => {
    expect(problem("-5", "count")).toEqual({ code: "value.negative", params: { text: "-5", value: "-5" } });
    expect(problem("-1.019", "count")).toEqual({
      code: "value.negative",
      params: { text: "-1.019", value: "-1019" },
    });
  });
});

describe("readCell: text in a percent column", () => {
  it.each([
    ["23,3%", "23.3", 1],
    ["23,3", "23.3", 1],
    ["23,30 %", "23.3", 2],
    ["23,30\u00A0%", "23.3", 2],
    ["100%", "100", 0],
    ["0%", "0", 0],
    ["112,5%", "112.5", 1],
    ["82,48", "82.48", 2],
    ["1.019", "1019", 0],
    ["1,019", "1.019", 3],
    [" +5,0% ", "5", 1],
  ])("%j → %s with %i decimals", (input, value, decimals) => {
    expect(text(input, "percent")).toEqual(num(value, decimals));
  });

  it("rejects negatives", () => {
    expect(problem("-5%", "percent")).toEqual({ code: "value.negative", params: { text: "-5%", value: "-5" } });
    expect(problem("-0,1", "percent").code).toBe("value.negative");
  });

  it("rejects a percent sign that is not at the end, or doubled", () => {
    expect(problem("%23", "percent").code).toBe("value.not_a_number");
    expect(problem("23%%", "percent").code).toBe("value.not_a_number");
    expect(problem("%", "percent").code).toBe("value.not_a_number");
  });
});

describe("readCell: text in a decimal column", () => {
  it.each([
    ["23,3", "23.3", 1],
    ["1.234,56", "1234.56", 2],
    ["0,50", "0.5", 2],
    ["1,019", "1.019", 3],
    ["000,5", "0.5", 1],
  ])("%j → %s with %i decimals", (input, value, decimals) => {
    expect(text(input, "decimal")).toEqual(num(value, decimals));
  });

  it("rejects a percent sign", () => {
    expect(problem("2,5%", "decimal").code).toBe("value.not_a_number");
  });
});

describe("readCell: ambiguous text", () => {
  it.each(KINDS)("English-style and malformed separators are ambiguous (%s)", (kind) => {
    for (const value of ["23.3", "1,019.5", "1,019,500", "1.2.3", "1.01", "1.0190", ".5", "5.", "1..019", "1.019.5", "1,2,3", "1 019.5"]) {
      expect(problem(value, kind), value).toEqual({ code: "value.ambiguous", params: { text: value } });
    }
  });

  it("ambiguity wins over the sign", () => {
    expect(problem("-23.3", "percent").code).toBe("value.ambiguous");
  });
});

describe("readCell: non-numeric text", () => {
  it.each(KINDS)("is not a number (%s)", (kind) => {
    for (const value of ["x", "abc", "không có", "12a", "1/2", "1e5", "+", "+-5", "- 5", "−5", "１２", "1  019", "10 19", "1 0190", "(5)", "#DIV/0!"]) {
      expect(problem(value, kind), value).toEqual({ code: "value.not_a_number", params: { text: value } });
    }
  });

  it("trailing spaces around a valid number are fine", () => {
    expect(text("12 ", "count")).toEqual(num("12", 0));
  });
});
