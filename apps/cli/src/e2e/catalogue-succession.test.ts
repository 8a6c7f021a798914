import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY_2022, REGISTRY_2025, catalogue2022, periodOrThrow } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { expectedNational, reportedNational } from "./expected-national.js";
import { phuluc, tempDir } from "./run-built.js";

const sentence = (report: Report, start: string) => report.sentences.map((s) => s.text).find((t) => t.startsWith(start));

const SCOPE =
  "(mức tăng, giảm so sánh trên cùng 36 đơn vị; không tính: Đảng ủy các cơ quan Đảng Trung ương (đơn vị mới, kỳ trước chưa có), Đảng ủy Chính phủ (đơn vị mới, kỳ trước chưa có), Đảng ủy Quốc hội (đơn vị mới, kỳ trước chưa có), Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương (đơn vị mới, kỳ trước chưa có), Đảng ủy Khối các cơ quan Trung ương (không có đơn vị kế tiếp trong kỳ này), Đảng ủy Khối Doanh nghiệp Trung ương (không có đơn vị kế tiếp trong kỳ này))";

describe("2026-Y (catalogue 2025.2) against 2024-Y (catalogue 2022.1), the built command", () => {
  it("compares the mapped figures and says which are not comparable", async () => {
    const out = tempDir("succession");
    const ran = await phuluc([
      "consolidate",
      "fixtures/2026-Y",
      "--period",
      "2026-Y",
      "--previous",
      "fixtures/2024-Y",
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
    ]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Kỳ so sánh: số liệu theo mẫu 2022.1, đối chiếu sang mẫu 2025.2 (tạm thời); chỉ tiêu đã thay đổi ghi "không so sánh được".');
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    expect(report.coverage).toMatchObject({ expected: 40, included: 40 });
    expect(report.previous).toMatchObject({ period: { id: "2024-Y" }, catalogueVersion: "2022.1", mapped: true });

    // Mapped rows: the sum of rows 09 + 10 and its change; the rows that named the district level say why they do not compare.
    const pl02 =
      "Luân chuyển, bổ nhiệm, giới thiệu ứng cử 8.502 lượt nhân sự, giảm 252 lượt so với năm 2024; trong đó, luân chuyển 2.939 lượt, giảm 84 lượt so với năm 2024 (từ tỉnh về Trung ương 416 lượt, từ Trung ương về tỉnh 510 lượt, từ cấp xã về tỉnh 561 lượt, giữa các xã, phường, đặc khu 408 lượt, từ ngành này sang ngành khác 458 lượt, từ tỉnh về xã, phường, đặc khu 586 lượt); bổ nhiệm, giới thiệu ứng cử 5.563 lượt, giảm 168 lượt so với năm 2024 (bổ nhiệm 3.983 lượt, giới thiệu ứng cử 1.580 lượt) " +
      `${SCOPE}.`;
    expect(sentence(report, "Luân chuyển")).toBe(pl02);
    expect(sentence(report, "Biên chế")).toBe(
      "Biên chế ban tổ chức cấp tỉnh 1.931 người, giảm 1.311 người so với năm 2024 (trưởng ban 34, phó trưởng ban 123, trưởng phòng 254, phó trưởng phòng 301); biên chế làm công tác tổ chức ở Ban Xây dựng Đảng cấp xã 4.574 người, không so sánh được: chỉ tiêu thay đổi từ “Biên chế ban tổ chức cấp huyện”, mã số 06 của mẫu 2022.1 (trưởng ban 601, phó trưởng ban 1.202); 64 người xin ra khỏi biên chế " +
        `${SCOPE}.`,
    );
    expect(sentence(report, "Kết nạp")).toContain("trong đó 1.643 đồng chí xin ra khỏi Đảng, tăng 58 đồng chí so với năm 2024 (mức tăng, giảm");

    // The cells that changed carry the reason and no previous figure; the others compare with their predecessors' figures.
    const cells = (annex: string) => report.national.find((a) => a.annex === annex)?.cells ?? [];
    expect(
      cells("PL02")
        .filter((c) => c.notComparable)
        .map((c) => [c.key, c.previous ?? null, c.notComparable]),
    ).toEqual([
      ["04.1", null, "chỉ tiêu thay đổi từ “từ tỉnh về huyện”, mã số 04 của mẫu 2022.1"],
      ["05.1", null, "chỉ tiêu thay đổi từ “từ huyện về tỉnh”, mã số 05 của mẫu 2022.1"],
      ["06.1", null, "chỉ tiêu thay đổi từ “từ huyện này sang huyện khác”, mã số 06 của mẫu 2022.1"],
    ]);
    expect(
      cells("PL06")
        .filter((c) => c.notComparable)
        .map((c) => c.key),
    ).toEqual(["06.1", "07.1", "08.1"]);

    // The previous side re-derived without the command: the 2024 plan of the compared units' predecessors, under 2022.1.
    const compared = new Set(report.previous?.comparedUnits ?? []);
    const predecessors = REGISTRY_2025.units
      .filter((u) => compared.has(u.code))
      .flatMap((u) => u.predecessors.filter((p) => p.registry === REGISTRY_2022.id).map((p) => p.code));
    const before = expectedNational(catalogue2022(), REGISTRY_2022, periodOrThrow("2024-Y"), predecessors);
    const reported = reportedNational(report, "previous");
    for (const key of ["01.1", "02.1", "03.1", "07.1", "08.1", "09.1", "10.1"]) expect(reported.get("PL02")?.get(key)).toBe(before.get("PL02")?.get(key));
    for (const key of ["01.1", "02.1", "03.1", "04.1", "05.1"]) expect(reported.get("PL04")?.get(key)).toBe(before.get("PL04")?.get(key));
  });
});
