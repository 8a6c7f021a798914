import { describe, expect, it } from "vitest";
import { catalogue2022, catalogue2025 } from "../catalogue/builtin-catalogues.js";
import { loadCatalogue } from "../catalogue/load-catalogue.js";
import { validate } from "../engine/validate.js";
import { VALID, catalogue, submissionOf, validAnnex, withCells } from "../engine/validate.test-support.js";
import { SchemaError } from "../errors/schema-error.js";
import { formatFinding } from "../messages/format-finding.js";
import { Dec } from "../numbers/decimal.js";
import { annexFigures } from "../submission/annex-figures.js";
import { checkPeers, type PeerUnit } from "./check-peers.js";
import { judgeLaterJustifications } from "./judge-later-justifications.js";

const vi = (f: Parameters<typeof formatFinding>[0] | undefined) => formatFinding(f!, { catalogue, withoutFile: true });

function pl04(changes: ReadonlyArray<readonly [string, number, number | null]>) {
  return annexFigures("PL04", withCells(VALID.PL04, changes));
}

/** This year's PL04 against last year's, as the command gives them. */
function plausibility(now: ReturnType<typeof pl04>, before: ReturnType<typeof pl04>, previousPeriod = "2021-Y") {
  return validate(submissionOf([now], { period: "2022-Y" }), catalogue, {
    requireDueAnnexes: false,
    previous: submissionOf([before]),
    previousLabel: "năm 2021",
    previousPeriod,
  }).findings.filter((f) => f.code.startsWith("plausibility."));
}

describe("plausibility against the previous period (declared per figure in the catalogue)", () => {
  it("a jump of more than 30% and more than 50 is a warning naming the previous value and the change, half up", () => {
    const findings = plausibility(
      pl04([
        ["03", 1, 8527],
        ["02", 1, 200000],
      ]),
      pl04([["03", 1, 4020]]),
    );
    expect(findings).toEqual([
      expect.objectContaining({ code: "plausibility.change", severity: "warning", rule: "PL04.jump", path: { annex: "PL04", row: "03", column: 1 } }),
    ]);
    expect(findings[0]?.params).toMatchObject({ previous: "4020", current: "8527", change: "112", difference: "4507" });
    expect(vi(findings[0])).toBe(
      'PL04, mã số 03, cột (1): tăng 112% so với năm 2021: 4.020 → 8.527 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
    expect(formatFinding(findings[0]!, { catalogue, locale: "en" })).toBe(
      'PL04, row 03, column (1): up 112% on năm 2021: 4.020 → 8.527 (warning when the change is over 30% and over 50); check the figure; if it is right, justify it in the sheet "Giải trình".'.replace(
        "4.020 → 8.527",
        "4,020 → 8,527",
      ),
    );
  });

  it("both thresholds must be passed: +40% of 100 (40 persons) and +20 of 10,000 are not jumps; −45% is", () => {
    expect(
      plausibility(
        pl04([
          ["04", 1, 140],
          ["05", 1, 20],
        ]),
        pl04([
          ["04", 1, 100],
          ["05", 1, 20],
        ]),
      ),
    ).toEqual([]);
    const down = plausibility(pl04([["04", 1, 440]]), pl04([["04", 1, 800]]));
    expect(vi(down[0])).toMatch(/^PL04, mã số 04, cột \(1\): giảm 45% so với năm 2021: 800 → 440 /);
  });

  it("0 → large, and large → 0, are warnings of their own", () => {
    const fromZero = plausibility(pl04([["03", 1, 3500]]), pl04([["03", 1, 0]]));
    expect(vi(fromZero[0])).toBe(
      'PL04, mã số 03, cột (1): tăng từ 0 lên 3.500 so với năm 2021; hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
    const vanished = plausibility(
      pl04([
        ["04", 1, 0],
        ["05", 1, 0],
      ]),
      pl04([]),
    );
    expect(vi(vanished[0])).toBe(
      'PL04, mã số 04, cột (1): giảm về 0 so với năm 2021: 800 → 0; hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
  });

  it("a half-year is not compared with a year", () => {
    expect(plausibility(pl04([["03", 1, 8527]]), pl04([["03", 1, 4020]]), "2022-H1")).toEqual([]);
  });

  it("both bundled catalogues declare their checks; a check naming a cell the annex lacks is refused", () => {
    for (const c of [catalogue2022(), catalogue2025()]) expect(c.annex("PL04")?.plausibility.map((p) => p.id)).toEqual(["PL04.jump", "PL04.new-member-share"]);
    const annex = { ...(catalogue2022().annex("PL07") as object), plausibility: [{ id: "PL07.x", kind: "change", cells: ["r09.c1"] }] } as Record<
      string,
      unknown
    >;
    for (const key of ["index", "instances", "derivedBy", "version"]) delete annex[key];
    expect(() => loadCatalogue({ version: "2022.1", annexes: [annex] })).toThrow(SchemaError);
    try {
      loadCatalogue({ version: "2022.1", annexes: [annex] });
    } catch (error) {
      expect((error as SchemaError).issues).toContainEqual({ path: "annexes[0].plausibility[0]", message: "r09.c1 không có trong PL07" });
    }
  });
});

describe("plausibility against peers (median ± k·MAD, at the national step)", () => {
  const unit = (code: string, admitted: number, members = 100000): PeerUnit => ({
    unit: code,
    figure: (annex, key) => (annex !== "PL04" ? undefined : key === "03.1" ? new Dec(admitted) : key === "02.1" ? new Dec(members) : undefined),
    address: (annex) => `${annex}!D11`,
  });
  const units = [3300, 3400, 3500, 3450, 3350, 3600, 3250, 3550, 3500, 3400, 3380, 9800].map((n, i) => unit(String(10 + i), n));

  it("flags the unit whose share is far outside the others', naming the median and the usual range", () => {
    const findings = checkPeers(catalogue, units);
    expect(findings.map((f) => [f.path.unit, f.rule, f.path.cell])).toEqual([["21", "PL04.new-member-share", "PL04!D11"]]);
    expect(vi(findings[0])).toBe(
      'PL04, mã số 03, cột (1), ô PL04!D11: tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên là 9,8%, cao khác thường so với các đơn vị khác (trung vị 3,4%, khoảng thường gặp 3,1–3,8%); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
  });

  it("says nothing with fewer units than declared, or when every share is the same", () => {
    expect(checkPeers(catalogue, units.slice(2))).toHaveLength(1);
    expect(checkPeers(catalogue, units.slice(3))).toEqual([]);
    expect(
      checkPeers(
        catalogue,
        Array.from({ length: 12 }, (_, i) => unit(String(i), 3500)),
      ),
    ).toEqual([]);
  });

  it("a unit justifies it in its workbook: validation hands the justification on, the national step judges it", () => {
    const justification = { cell: "PL04!D11", rule: "PL04.new-member-share", value: "9800", text: "Kết nạp theo Đề án 05.", at: "'Giải trình'!E5" };
    const own = validate({ annexes: { PL04: validAnnex("PL04") }, justifications: [justification] }, catalogue, { requireDueAnnexes: false });
    expect(own.findings).toEqual([]);
    expect(own.laterJustifications).toEqual([justification]);
    const peer = checkPeers(catalogue, units);
    const judged = judgeLaterJustifications(peer, own.laterJustifications ?? [], (a, k) => units[11]!.figure(a, k), { unit: "21" });
    expect(judged.findings[0]?.justification).toEqual({ text: "Kết nạp theo Đề án 05." });
    const stale = judgeLaterJustifications([], own.laterJustifications ?? [], () => undefined, { unit: "21", file: "21.xlsx" });
    expect(stale.problems.map((p) => [p.code, p.path])).toEqual([
      ["justification.unmatched", { unit: "21", file: "21.xlsx", sheet: "Giải trình", cell: "'Giải trình'!E5" }],
    ]);
  });
});
