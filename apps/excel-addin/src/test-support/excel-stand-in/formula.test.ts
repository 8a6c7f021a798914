import { describe, expect, it } from "vitest";
import { evaluate, excelRound, type Scalar } from "./formula.js";

const grid: Record<string, Scalar> = { D10: 83, E10: 19, D11: 0, E11: 5, D12: "1.019", D13: null, D14: 12 };
const cell = (row: number, column: number): Scalar => grid[`${String.fromCharCode(64 + column)}${row}`] ?? null;

describe("stand-in formulas", () => {
  it("computes the layout's percentage shape, empty when the whole is 0", () => {
    expect(evaluate('=IF(N(D10)=0,"",ROUND(E10/D10*100,1))', cell)).toBe(22.9);
    expect(evaluate('=IF(N(D11)=0,"",ROUND(E11/D11*100,1))', cell)).toBe("");
    expect(evaluate('=IF(N(D13)=0,"",ROUND(E10/D13*100,1))', cell)).toBe("");
    expect(evaluate('=IF(N(D10)=0,"",ROUND(SUM(E10,E11)/D10*100,2))', cell)).toBe(28.92);
  });

  it("sums ranges and lists, skipping text as Excel does, and subtracts", () => {
    expect(evaluate("=SUM(D10:D14)", cell)).toBe(95);
    expect(evaluate("=SUM(D10,E10,E11)", cell)).toBe(107);
    expect(evaluate("=D10-E10", cell)).toBe(64);
    expect(evaluate("=D10-SUM(E10,E11)", cell)).toBe(59);
    expect(evaluate("=D10/D11", cell)).toEqual({ error: "#DIV/0!" });
  });

  it("rounds half away from zero like ROUND", () => {
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(1.005, 2)).toBe(1.01);
    expect(excelRound(-2.25, 1)).toBe(-2.3);
  });
});
