import { describe, expect, it } from "vitest";
import { Dec, type Decimal } from "../numbers/index.js";
import { addendsOf, CellSums } from "./cell-sums.js";

/** The reference: every addend added in decimal.js from 0. */
function decimalSums(list: ReadonlyMap<string, Decimal>[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const inputs of list) for (const [key, value] of inputs) out.set(key, (out.get(key) ?? new Dec(0)).plus(value));
  return out;
}

function sums(list: ReadonlyMap<string, Decimal>[]): Map<string, Decimal> {
  const s = new CellSums();
  for (const inputs of list) s.add(addendsOf(inputs));
  return s.decimals();
}

const shown = (m: ReadonlyMap<string, Decimal>) => [...m].map(([key, value]) => `${key}=${value.toFixed()}${value.isNegative() ? "(-)" : ""}`);
const inputs = (entries: [string, string | number][]) => new Map(entries.map(([k, v]) => [k, new Dec(v)]));

describe("running sums of cells", () => {
  it("sums counts exactly, keys in the order first added, as decimal.js does", () => {
    const list = [
      inputs([
        ["1.3", 12],
        ["1.4", 0],
      ]),
      inputs([
        ["2.3", 5],
        ["1.3", 30],
      ]),
      inputs([
        ["1.4", -0],
        ["1.3", -2],
      ]),
    ];
    expect(shown(sums(list))).toEqual(["1.3=40", "1.4=0", "2.3=5"]);
    expect(shown(sums(list))).toEqual(shown(decimalSums(list)));
  });

  it("goes on in decimals at the first addend with decimals, and past the safe integers", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const list = [
      inputs([
        ["a", 1],
        ["b", big],
        ["c", "0.1"],
        ["d", "123456789012345678901234567890"],
      ]),
      inputs([
        ["a", "0.25"],
        ["b", big],
        ["c", 2],
        ["d", 1],
      ]),
      inputs([
        ["a", 3],
        ["b", 1],
        ["c", "0.2"],
        ["d", -5],
      ]),
    ];
    expect(shown(sums(list))).toEqual(["a=4.25", "b=18014398509481983", "c=2.3", "d=123456789012345678901234567886"]);
    expect(shown(sums(list))).toEqual(shown(decimalSums(list)));
  });

  it("leaves a cell no one filled absent, and the sums of nothing empty", () => {
    expect(sums([]).size).toBe(0);
    expect([...sums([inputs([["x", 1]]), new Map()]).keys()]).toEqual(["x"]);
  });
});
