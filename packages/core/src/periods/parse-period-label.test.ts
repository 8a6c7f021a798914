import { describe, expect, it } from "vitest";
import { parsePeriodLabel } from "./parse-period-label.js";
import { periodLabel } from "./period-label.js";
import { periodOrThrow } from "./parse-period.js";

describe("parsePeriodLabel", () => {
  it("reads back every label periodLabel prints", () => {
    for (const id of ["2022-H1", "2022-Y", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]) {
      expect(parsePeriodLabel(`Kỳ báo cáo: ${periodLabel(periodOrThrow(id))}`)?.id).toBe(id);
    }
  });

  it("accepts NFD text, capitals and extra spaces", () => {
    expect(parsePeriodLabel("KỲ BÁO CÁO:  NĂM 2022".normalize("NFD"))?.id).toBe("2022-Y");
    expect(parsePeriodLabel("6 tháng  đầu năm 2021")?.id).toBe("2021-H1");
  });

  it("names no period for other text", () => {
    expect(parsePeriodLabel("Số liệu tính đến ngày 05/12/2022")).toBeUndefined();
    expect(parsePeriodLabel("9 tháng năm 2022")).toBeUndefined();
  });
});
