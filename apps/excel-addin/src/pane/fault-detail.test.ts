import { describe, expect, it } from "vitest";
import { faultDetail } from "./fault-detail.js";

describe("faultDetail", () => {
  it("names the error, its Office.js code and Excel's debug information", () => {
    const error = Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
      name: "RichApi.Error",
      code: "InvalidArgument",
      debugInfo: { errorLocation: "RangeFormat.fill" },
    });
    const text = faultDetail(error, new Date("2026-01-02T03:04:05.000Z"));
    expect(text.split("\n").slice(0, 3)).toEqual([
      "RichApi.Error [InvalidArgument]: The argument is invalid or missing or has an incorrect format.",
      "time: 2026-01-02T03:04:05.000Z",
      'debugInfo: {"errorLocation":"RangeFormat.fill"}',
    ]);
  });

  it("says something useful for a thrown non-error", () => {
    expect(faultDetail("boom", new Date(0)).split("\n")[0]).toBe("string: boom");
  });
});
