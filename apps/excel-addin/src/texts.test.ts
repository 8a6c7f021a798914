import { describe, expect, it } from "vitest";
import { T } from "./texts.js";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...a: unknown[]) => unknown)(7, 3, "PL01"))];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("texts", () => {
  it("are Vietnamese in NFC, with no leftovers of templating", () => {
    const all = strings(T);
    expect(all.length).toBeGreaterThan(40);
    for (const s of all) {
      expect(s).toBe(s.normalize("NFC"));
      expect(s).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(T.summary(2, 1)).toBe("2 lỗi, 1 cảnh báo");
  });
});
