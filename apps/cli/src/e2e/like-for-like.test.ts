import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY_2022, catalogue2022, periodOrThrow } from "@phuluc/core";
import { includedUnits2022 } from "@phuluc/fixtures/cases";
import { readWorkbook } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { expectedNational, reportedNational } from "./expected-national.js";
import { FIXTURES, phuluc, tempDir } from "./run-built.js";

const catalogue = catalogue2022();
const sentence = (report: Report, start: string) => report.sentences.map((s) => s.text).find((t) => t.startsWith(start));

describe("the change against the previous period is like for like (the built command)", () => {
  it("leaves Hà Nội out of the change when 2021 has no figures for it, keeps it in the 2022 total, and says so", async () => {
    const out = tempDir("lfl");
    const previous = join(out, "2021-Y");
    cpSync(join(FIXTURES, "2021-Y"), previous, { recursive: true });
    rmSync(join(previous, "01-ha-noi.xlsx"));
    const ran = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--previous",
      previous,
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
      "--quiet",
    ]);
    expect(ran.code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    const note =
      "(mức tăng, giảm so sánh trên cùng 62 đơn vị; không tính: Hà Nội (kỳ trước không có số liệu), Bắc Giang (kỳ này có lỗi, chưa tổng hợp), Hải Dương (kỳ này có lỗi, chưa tổng hợp), Nghệ An (kỳ này có lỗi, chưa tổng hợp), Bạc Liêu (kỳ này chưa có báo cáo))";
    expect(sentence(report, "Tổng số tổ chức")).toBe(
      `Tổng số tổ chức cơ sở đảng là 51.425, tăng 902 tổ chức so với năm 2021; tổng số đảng viên là 5.800.580 đồng chí, tăng 96.101 đồng chí so với năm 2021 ${note}.`,
    );
    expect(ran.stdout).toContain(`Mức tăng, giảm so với năm 2021 so sánh trên cùng 62 đơn vị; không tính: Hà Nội (kỳ trước không có số liệu), `);
    // Both sides of the change re-derived from the fixtures' plan over the same 62 units.
    const compared = new Set(includedUnits2022(REGISTRY_2022.units));
    compared.delete("01");
    expect(reportedNational(report, "compared")).toEqual(expectedNational(catalogue, REGISTRY_2022, periodOrThrow("2022-Y"), compared));
    expect(reportedNational(report, "previous")).toEqual(expectedNational(catalogue, REGISTRY_2022, periodOrThrow("2021-Y"), compared));
    expect(reportedNational(report).get("PL04")?.get("01.1")).toBe("51425");
    expect(report.previous?.leftOut[0]).toEqual({ code: "01", name: "Hà Nội", reason: "previous_missing", text: "Hà Nội (kỳ trước không có số liệu)" });
    // The same sentence, with its note, is in the national workbook.
    const texts = readWorkbook(readFileSync(join(out, "n.xlsx")))
      .sheets.flatMap((s) => s.cells.map((c) => c.value))
      .filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes(`tăng 96.101 đồng chí so với năm 2021 ${note}`))).toBe(true);
  });

  it("2025-Y against 2022-Y: successors with a predecessor left out in 2022 and the new central committees are not in the change", async () => {
    const out = tempDir("lfl-2025");
    const ran = await phuluc([
      "consolidate",
      "fixtures/2025-Y",
      "--period",
      "2025-Y",
      "--previous",
      "fixtures/2022-Y",
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
      "--quiet",
    ]);
    expect(ran.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    expect(sentence(report, "Tổng số tổ chức")).toBe(
      "Tổng số tổ chức cơ sở đảng là 54.769, giảm 2.321 tổ chức so với năm 2022; tổng số đảng viên là 6.766.805 đồng chí, giảm 32.959 đồng chí so với năm 2022 (mức tăng, giảm so sánh trên cùng 33 đơn vị; không tính: Bắc Ninh (kỳ trước thiếu số liệu của Bắc Giang), Nghệ An (kỳ trước không có số liệu), Cà Mau (kỳ trước thiếu số liệu của Bạc Liêu), Đảng ủy các cơ quan Đảng Trung ương (đơn vị mới, kỳ trước chưa có), Đảng ủy Chính phủ (đơn vị mới, kỳ trước chưa có), Đảng ủy Quốc hội (đơn vị mới, kỳ trước chưa có), Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương (đơn vị mới, kỳ trước chưa có), Đảng ủy Khối các cơ quan Trung ương (không có đơn vị kế tiếp trong kỳ này), Đảng ủy Khối Doanh nghiệp Trung ương (không có đơn vị kế tiếp trong kỳ này)).",
    );
    const notComparable = report.previous?.notComparable ?? [];
    expect(notComparable.length).toBeGreaterThan(0);
    for (const code of notComparable) expect(report.previous?.comparedUnits).not.toContain(code);
    const pl04 = report.national.find((a) => a.annex === "PL04");
    expect(pl04?.comparison?.units).toEqual(report.previous?.comparedUnits);
    const members = pl04?.cells.find((c) => c.key === "02.1");
    expect(BigInt(members?.compared ?? "0") - BigInt(members?.previous ?? "0")).toBe(-32959n);
  });
});
