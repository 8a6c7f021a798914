import { describe, expect, it } from "vitest";
import { PeriodError, kindsDueFor, makePeriod, parsePeriod, periodOrThrow } from "./index.js";

describe("parsePeriod", () => {
  it("reads half-year, year and quarter ids with their spans", () => {
    expect(parsePeriod("2022-H1")).toEqual({ period: { id: "2022-H1", year: 2022, kind: "H1", start: "2022-01-01", end: "2022-06-30" } });
    expect(parsePeriod("2022-Y")).toEqual({ period: { id: "2022-Y", year: 2022, kind: "Y", start: "2022-01-01", end: "2022-12-31" } });
    expect(parsePeriod(" 2023-q1 ")).toEqual({ period: { id: "2023-Q1", year: 2023, kind: "Q", quarter: 1, start: "2023-01-01", end: "2023-03-31" } });
    expect(periodOrThrow("2024-Q1").end).toBe("2024-03-31");
    expect(periodOrThrow("2023-Q2")).toMatchObject({ start: "2023-04-01", end: "2023-06-30" });
    expect(periodOrThrow("2023-Q3")).toMatchObject({ start: "2023-07-01", end: "2023-09-30" });
    expect(periodOrThrow("2023-Q4")).toMatchObject({ start: "2023-10-01", end: "2023-12-31" });
  });

  it("returns a period.invalid finding for anything else", () => {
    for (const bad of ["2022-H2", "2022", "22-Y", "2022-Q5", "2022-Q0", "0222-Y", "2022 Y", "", "6 tháng đầu năm 2022"]) {
      const r = parsePeriod(bad);
      expect("finding" in r && r.finding.code, bad).toBe("period.invalid");
      expect("finding" in r && r.finding.params["text"]).toBe(bad);
    }
  });

  it("throws PeriodError from periodOrThrow and makePeriod", () => {
    expect(() => periodOrThrow("2022-H2")).toThrow(PeriodError);
    expect(() => periodOrThrow("2022-H2")).toThrow(/Kỳ báo cáo "2022-H2" không hợp lệ/);
    expect(() => makePeriod(1800, "Y")).toThrow(PeriodError);
    expect(() => makePeriod(2022, "Q")).toThrow(PeriodError);
  });

  it("gives the annex-schema kind key", () => {
    expect(kindsDueFor(periodOrThrow("2022-H1"))).toBe("H1");
    expect(kindsDueFor(periodOrThrow("2022-Y"))).toBe("Y");
    expect(kindsDueFor(periodOrThrow("2022-Q3"))).toBe("Q");
  });
});

describe("period.invalid message", () => {
  it("quotes the text that is not a period", async () => {
    const { formatFinding } = await import("../messages/format-finding.js");
    const r = parsePeriod("2022-H3");
    expect("finding" in r && formatFinding(r.finding)).toBe('Kỳ báo cáo "2022-H3" không hợp lệ; hãy ghi theo dạng 2022-H1, 2022-Y hoặc 2023-Q1.');
  });
});
