import { describe, expect, it } from "vitest";
import { LazyMap } from "./lazy-map.js";

describe("LazyMap", () => {
  it("makes each value when asked for, in the keys' order, and knows nothing else", () => {
    const made: string[] = [];
    const map = new LazyMap(["02", "01"], (key) => {
      made.push(key);
      return Number(key) * 10;
    });
    expect(map.size).toBe(2);
    expect(made).toEqual([]);
    expect(map.get("01")).toBe(10);
    expect(map.get("99")).toBeUndefined();
    expect(map.has("02")).toBe(true);
    expect([...map]).toEqual([
      ["02", 20],
      ["01", 10],
    ]);
    expect([...map.keys()]).toEqual(["02", "01"]);
    expect([...map.values()]).toEqual([20, 10]);
    expect(made).toEqual(["01", "02", "01", "02", "01"]);
  });
});
