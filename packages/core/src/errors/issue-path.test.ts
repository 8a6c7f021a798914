import { describe, expect, it } from "vitest";
import { formatIssuePath } from "./issue-path.js";

describe("formatIssuePath", () => {
  it("writes fields with dots and indexes in brackets", () => {
    expect(formatIssuePath(["sections", 0, "rows", 2, "code"])).toBe("sections[0].rows[2].code");
    expect(formatIssuePath([3, "code"])).toBe("[3].code");
    expect(formatIssuePath(["$schema"])).toBe("$schema");
  });

  it("quotes a key that is not a plain name", () => {
    expect(formatIssuePath(["units", 3, "mã số"])).toBe('units[3]["mã số"]');
    expect(formatIssuePath(["annexes", "PL-01"])).toBe('annexes["PL-01"]');
  });

  it("names the root (gốc)", () => {
    expect(formatIssuePath([])).toBe("(gốc)");
  });
});
