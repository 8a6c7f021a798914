import { describe, expect, it } from "vitest";
import { annexFigures } from "../submission/annex-figures.js";
import type { AnnexSubmission, Submission } from "../submission/submission.js";
import { validate } from "../engine/validate.js";
import { VALID, catalogue, withCells, type Rows } from "../engine/validate.test-support.js";
import { formatFinding } from "../messages/format-finding.js";
import { findingStatusWord, justifiedText } from "../messages/justified-text.js";
import { addJustification } from "./add-justification.js";
import type { Justification } from "./justification.js";
import { normalizeCellReference } from "./justification-key.js";

/** PL03 as a template holds it: column (1) in D, row 01 on sheet row 9 (addresses are what justifications name). */
function pl03(rows: Rows): AnnexSubmission {
  const annex = annexFigures("PL03", rows);
  const order = ["01", "02", "03", "04", "05", "06", "07"];
  for (const [key, cell] of Object.entries(annex.cells)) {
    const [row = "", column = "1"] = key.split(".");
    cell.address = `PL03!${String.fromCharCode(67 + Number(column))}${9 + order.indexOf(row)}`;
  }
  return { ...annex, sheet: "PL03" };
}

/** Over plan in row 06 (a warning at PL03!E14), with the unit's justifications. */
function submission(
  justifications: Justification[],
  rows: Rows = withCells(VALID.PL03, [
    ["06", 2, 210],
    ["06", 3, "105,0"],
  ]),
): Submission {
  return { file: "51.xlsx", unit: "51", annexes: { PL03: pl03(rows) }, justifications };
}

const check = (s: Submission) => validate(s, catalogue, { requireDueAnnexes: false });
const vi = (f: Parameters<typeof formatFinding>[0] | undefined) => formatFinding(f!, { catalogue });

describe("justified warnings (giải trình)", () => {
  it("a warning with a matching justification is 'đã giải trình', carries its text and is not an open warning", () => {
    const open = check(submission([]));
    expect(open.warnings).toBe(1);
    expect(open.findings[0]?.path.cell).toBe("PL03!E14");
    const result = check(
      submission([{ cell: "PL03!E14", rule: "PL03.c2-le-c1", value: "210", text: "Mở thêm lớp theo Kế hoạch 15-KH/TU.", at: "'Giải trình'!E5" }]),
    );
    expect(result).toMatchObject({ errors: 0, warnings: 0, justified: 1 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "rule.compare", severity: "warning", justification: { text: "Mở thêm lớp theo Kế hoạch 15-KH/TU." } });
    expect(findingStatusWord(result.findings[0]!)).toBe("Đã giải trình");
    expect(justifiedText(result.findings[0]!.justification!.text)).toBe("Giải trình của đơn vị: Mở thêm lớp theo Kế hoạch 15-KH/TU.");
  });

  it("cells compare as Excel writes them ($, quotes, case); the rule may be left empty", () => {
    expect(normalizeCellReference("'pl03'!$e$14")).toBe("PL03!E14");
    const result = check(submission([{ cell: "'PL03'!$E$14", rule: "", text: "Đúng." }]));
    expect(result.justified).toBe(1);
  });

  it("a justification written for another value no longer applies and is reported", () => {
    const result = check(submission([{ cell: "PL03!E14", rule: "PL03.c2-le-c1", value: "205", text: "Đúng.", at: "'Giải trình'!E5" }]));
    expect(result).toMatchObject({ warnings: 2, justified: 0 });
    const stale = result.findings.find((f) => f.code === "justification.unmatched");
    expect(stale).toMatchObject({ severity: "warning", path: { file: "51.xlsx", unit: "51", sheet: "Giải trình", cell: "'Giải trình'!E5" } });
    expect(vi(stale)).toBe(
      "Tệp 51.xlsx, ô 'Giải trình'!E5: giải trình cho ô PL03!E14 (quy tắc PL03.c2-le-c1) được viết khi ô có giá trị 205, nay là 210; giải trình cũ không còn áp dụng: hãy xem lại cảnh báo và giải trình lại nếu số liệu đúng.",
    );
  });

  it("a justification matching no current warning (the figure was corrected since) is itself reported", () => {
    const result = check(submission([{ cell: "PL03!E14", rule: "PL03.c2-le-c1", text: "Đúng.", at: "'Giải trình'!E5" }], VALID.PL03));
    expect(result).toMatchObject({ errors: 0, warnings: 1, justified: 0 });
    expect(vi(result.findings[0])).toBe(
      "Tệp 51.xlsx, ô 'Giải trình'!E5: giải trình cho ô PL03!E14 (quy tắc PL03.c2-le-c1) không ứng với cảnh báo nào hiện có (số liệu đã thay đổi hoặc cảnh báo không còn); hãy xóa dòng giải trình này.",
    );
  });

  it("an error cannot be justified: the justification is refused and the error stays", () => {
    const rows = withCells(VALID.PL03, [["01", 1, 1490]]);
    const error = check(submission([], rows)).findings[0]!;
    expect(error).toMatchObject({ code: "rule.sum", severity: "error", path: { cell: "PL03!D9" } });
    const result = check(submission([{ cell: "PL03!D9", rule: "", text: "Số đúng.", at: "'Giải trình'!E5" }], rows));
    expect(result).toMatchObject({ errors: 1, warnings: 1, justified: 0 });
    expect(vi(result.findings[1])).toBe(
      "Tệp 51.xlsx, ô 'Giải trình'!E5: ô PL03!D9 có lỗi (quy tắc PL03.r01-sum), không phải cảnh báo; lỗi không được giải trình mà phải sửa số liệu.",
    );
    expect(formatFinding(result.findings[1]!, { catalogue, locale: "en", withoutFile: true })).toBe(
      "Cell 'Giải trình'!E5: cell PL03!D9 has an error (rule PL03.r01-sum), not a warning; errors cannot be justified, the figure must be corrected.",
    );
    expect(() => addJustification([], error, "Số đúng.")).toThrow(TypeError);
  });

  it("addJustification (the add-in's button) gives the justification and the cells to write, replacing an earlier one", () => {
    const result = check(submission([]));
    const warning = result.findings[0]!;
    const first = addJustification([], warning, "  Mở thêm lớp.  ", result.grids);
    expect(first.justification).toEqual({ cell: "PL03!E14", rule: "PL03.c2-le-c1", value: "210", text: "Mở thêm lớp." });
    expect(first.index).toBe(0);
    expect(first.cells).toEqual([
      { address: "A5", reference: "'Giải trình'!A5", value: 1 },
      { address: "B5", reference: "'Giải trình'!B5", value: "PL03!E14" },
      { address: "C5", reference: "'Giải trình'!C5", value: "PL03.c2-le-c1" },
      { address: "D5", reference: "'Giải trình'!D5", value: 210 },
      { address: "E5", reference: "'Giải trình'!E5", value: "Mở thêm lớp." },
    ]);
    const other: Justification = { cell: "PL04!D9", rule: "PL04.change", text: "Khác." };
    const again = addJustification([other, first.justification], warning, "Theo kế hoạch bổ sung.", result.grids);
    expect(again.index).toBe(1);
    expect(again.justifications.map((j) => j.text)).toEqual(["Khác.", "Theo kế hoạch bổ sung."]);
    expect(check(submission(again.justifications.slice(1))).justified).toBe(1);
    expect(() => addJustification([], warning, " ")).toThrow(TypeError);
  });
});
