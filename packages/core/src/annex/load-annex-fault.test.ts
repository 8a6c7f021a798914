import { afterEach, describe, expect, it, vi } from "vitest";
import { SchemaError } from "../errors/schema-error.js";
import { loadAnnex } from "./load-annex.js";

// A fault injected where the annex's rules are expanded.
const fault = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock("../rule/expand-rule.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../rule/expand-rule.js")>();
  return {
    ...real,
    expandRule: (...args: Parameters<typeof real.expandRule>) => {
      if (fault.error !== undefined) throw fault.error;
      return real.expandRule(...args);
    },
  };
});

const annex = {
  code: "PL90",
  title: "Phụ lục thử",
  titleEn: "Test annex",
  version: "2022.1",
  periods: ["Y"],
  sections: [
    {
      columns: [{ number: 1, header: "Tổng số", kind: "count" }],
      rows: [
        { code: "01", label: "Tổng" },
        { code: "02", label: "Phần A" },
      ],
    },
  ],
  rules: [{ id: "PL90.r01-sum", kind: "sum", target: "r01", parts: ["r02"], derived: true }],
};

describe("loadAnnex: a malformed declaration is the annex's; anything else is the program's", () => {
  afterEach(() => (fault.error = undefined));

  it("loads when nothing fails", () => {
    expect(loadAnnex(annex).instances).toHaveLength(1);
  });

  it("a declaration problem found while expanding a rule is listed at the rule", () => {
    fault.error = new SchemaError("Rule PL90.r01-sum is malformed", [{ path: "", message: "quy tắc PL90.r01-sum nêu ô không có trong phụ lục" }]);
    expect(() => loadAnnex(annex)).toThrowError("Annex PL90 is malformed:\n  - rules[0]: quy tắc PL90.r01-sum nêu ô không có trong phụ lục");
  });

  it("a bug while expanding propagates as itself, never as a malformed annex", () => {
    fault.error = new TypeError("Cannot read properties of undefined (reading 'row')");
    let thrown: unknown;
    try {
      loadAnnex(annex);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(fault.error);
    expect(thrown).not.toBeInstanceOf(SchemaError);
  });
});
