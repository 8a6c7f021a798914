import { describe, expect, it } from "vitest";
import { fitPage } from "./page-fit.js";

describe("fitPage", () => {
  it("prints a narrow form portrait on one page and a wide one landscape", () => {
    expect(fitPage(76, 600)).toEqual({ orientation: "portrait", fitToHeight: 1 });
    expect(fitPage(160, 450)).toEqual({ orientation: "landscape", fitToHeight: 1 });
  });

  it("runs a long table over several pages rather than shrinking it unreadably", () => {
    expect(fitPage(80, 5000)).toEqual({ orientation: "portrait", fitToHeight: 0 });
    expect(fitPage(230, 5000)).toEqual({ orientation: "landscape", fitToHeight: 0 });
  });
});
