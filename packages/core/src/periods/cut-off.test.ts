import { describe, expect, it } from "vitest";
import { PeriodError, defaultCutOff, formatCutOff, formatVietnameseDate, parseVietnameseDate, periodOrThrow } from "./index.js";

describe("cut-off dates", () => {
  it("formats the cut-off line", () => {
    expect(formatCutOff("2022-12-05")).toBe("Tính đến ngày 05/12/2022");
    expect(formatVietnameseDate("2023-01-09")).toBe("09/01/2023");
    expect(() => formatCutOff("2022-02-30")).toThrow(PeriodError);
    expect(() => formatCutOff("05/12/2022")).toThrow(PeriodError);
  });

  it("defaults to the period end", () => {
    expect(defaultCutOff(periodOrThrow("2022-H1"))).toBe("2022-06-30");
    expect(defaultCutOff(periodOrThrow("2024-Q1"))).toBe("2024-03-31");
  });

  it("parses day-first Vietnamese dates", () => {
    expect(parseVietnameseDate("05/12/2022")).toBe("2022-12-05");
    expect(parseVietnameseDate("5/12/2022")).toBe("2022-12-05");
    expect(parseVietnameseDate("5/1/2023")).toBe("2023-01-05");
    expect(parseVietnameseDate("05-12-2022")).toBe("2022-12-05");
    expect(parseVietnameseDate("ngày 05 tháng 12 năm 2022")).toBe("2022-12-05");
    expect(parseVietnameseDate("Ngày 5 tháng 12 năm 2022".normalize("NFD"))).toBe("2022-12-05");
    expect(parseVietnameseDate("Tính đến ngày 05/12/2022")).toBe("2022-12-05");
    expect(parseVietnameseDate(formatCutOff("2024-02-29"))).toBe("2024-02-29");
  });

  it("rejects impossible or ambiguous input", () => {
    for (const bad of ["31/02/2022", "29/02/2023", "2022-12-05", "12/2022", "05/13/2022", "", "ngày 05 tháng 12"]) {
      expect(parseVietnameseDate(bad), bad).toBeUndefined();
    }
  });
});

describe("parseVietnameseDate on form headings", () => {
  it("reads the date of the cut-off line the templates print", () => {
    expect(parseVietnameseDate("Số liệu tính đến ngày 05/12/2022")).toBe("2022-12-05");
  });
});
