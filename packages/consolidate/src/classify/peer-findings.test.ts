import { REGISTRY_2022, catalogue2022, formatFinding, periodOrThrow } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { FileRead } from "../read/file-read.js";
import { figureLayout } from "../read/figure-layout.js";
import { classifyFiles } from "./classify-files.js";

const catalogue = catalogue2022();
const layout = figureLayout(catalogue);
const options = { catalogue, period: periodOrThrow("2022-Y"), registry: REGISTRY_2022, layout, preferNewest: false };
const pl04 = layout.annexes.get("PL04");

/** A unit's file with PL04: 1,000 party members (02), `admitted` new members (03). */
function read(unit: string, admitted: number, extra: Partial<FileRead> = {}): FileRead {
  const figures = new Float64Array(layout.size).fill(Number.NaN);
  if (!pl04) throw new Error("no PL04");
  figures[pl04.start + pl04.keys.indexOf("02.1")] = 1000;
  figures[pl04.start + pl04.keys.indexOf("03.1")] = admitted;
  return {
    path: `/in/${unit}.xlsx`,
    file: `${unit}.xlsx`,
    size: 1000,
    mtimeMs: 1_700_000_000_000,
    sha256: `sha-${unit}`,
    unit,
    registryId: REGISTRY_2022.id,
    period: "2022-Y",
    findings: [],
    errors: 0,
    warnings: 0,
    justified: 0,
    annexes: ["PL04"],
    figures,
    peerAddresses: { "PL04.03.1": "PL04!D11" },
    ...extra,
  };
}

const codes = REGISTRY_2022.units.slice(0, 12).map((u) => u.code);
// Eleven units admit 2.0–3.0 % of their members; the twelfth 20 %.
const admitted = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 200];

describe("checks against peers at the national step", () => {
  it("warns the unit far outside its peers, at its cell, with the figures, and counts it as an open warning", () => {
    const { outcomes, returns } = classifyFiles(
      codes.map((c, i) => read(c, admitted[i] as number)),
      options,
    );
    const flagged = outcomes.filter((o) => o.findings.length > 0);
    expect(flagged.map((o) => o.unit)).toEqual([codes[11]]);
    const [finding] = flagged[0]?.findings ?? [];
    expect(finding?.path).toMatchObject({ file: `${codes[11]}.xlsx`, unit: codes[11], annex: "PL04", row: "03", column: 1, cell: "PL04!D11", sheet: "PL04" });
    expect(formatFinding(finding!, { catalogue, withoutFile: true })).toBe(
      'PL04, mã số 03, cột (1), ô PL04!D11: tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên là 20,0%, cao khác thường so với các đơn vị khác (trung vị 2,6%, khoảng thường gặp 1,1–4,1%); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
    expect(flagged[0]).toMatchObject({ errors: 0, warnings: 1, justified: 0, status: "included" });
    expect(returns.find((r) => r.unit === codes[11])?.validation).toMatchObject({ warnings: 1, justified: 0 });
  });

  it("takes the unit's justification of the check: 'đã giải trình', not an open warning; one for no warning is reported", () => {
    const justification = { cell: "PL04!D11", rule: "PL04.new-member-share", text: "Năm 2022 tỉnh kết nạp đợt lớn theo Nghị quyết." };
    const reads = codes.map((c, i) => read(c, admitted[i] as number, i === 11 || i === 0 ? { laterJustifications: [justification] } : {}));
    const { outcomes, returns } = classifyFiles(reads, options);
    const outlier = outcomes[11];
    expect(outlier?.findings.map((f) => [f.code, f.justification?.text])).toEqual([["plausibility.peers", "Năm 2022 tỉnh kết nạp đợt lớn theo Nghị quyết."]]);
    expect(outlier).toMatchObject({ warnings: 0, justified: 1 });
    expect(returns.find((r) => r.unit === codes[11])?.validation).toMatchObject({ warnings: 0, justified: 1 });
    const stale = outcomes[0]?.findings ?? [];
    expect(stale.map((f) => f.code)).toEqual(["justification.unmatched"]);
    expect(formatFinding(stale[0]!, { catalogue, withoutFile: true })).toBe(
      "Trang Giải trình: giải trình cho ô PL04!D11 (quy tắc PL04.new-member-share) không ứng với cảnh báo nào hiện có (số liệu đã thay đổi hoặc cảnh báo không còn); hãy xóa dòng giải trình này.",
    );
  });

  it("says nothing when fewer units than the check asks for have the share", () => {
    const { outcomes } = classifyFiles(
      codes.slice(0, 9).map((c, i) => read(c, i === 8 ? 200 : 20 + i)),
      options,
    );
    expect(outcomes.every((o) => o.findings.length === 0)).toBe(true);
  });
});
