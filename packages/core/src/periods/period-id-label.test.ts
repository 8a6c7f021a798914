import { describe, expect, it } from "vitest";
import { periodIdLabel } from "./period-id-label.js";

describe("periodIdLabel", () => {
  it("reads a period id as its Vietnamese label", () => {
    expect(periodIdLabel("2022-Y")).toBe("năm 2022");
    expect(periodIdLabel("2022-H1")).toBe("6 tháng đầu năm 2022");
    expect(periodIdLabel("2023-Q4")).toBe("quý IV năm 2023");
  });

  it("gives back an id that is not a period as it is", () => {
    expect(periodIdLabel("2022-X")).toBe("2022-X");
    expect(periodIdLabel("")).toBe("");
  });
});
