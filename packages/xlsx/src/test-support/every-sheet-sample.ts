import { reportSentences, type Finding } from "@phuluc/core";
import type { NationalWorkbookInput } from "../national/national-input.js";
import { catalogue } from "./filled-workbook.js";
import { nationalSample } from "./national-sample.js";

const jump: Finding = {
  code: "plausibility.change",
  severity: "warning",
  rule: "PL04.jump",
  path: { annex: "PL04", row: "03", column: 1, cell: "PL04!D11" },
  params: { previous: "4020", current: "8527", change: "112", difference: "4507", relativePercent: 30, absolute: 50, previousPeriod: "năm 2021" },
};

/** A sample with every sheet and every kind of row: a missing unit, other files, errors, warnings, a justified warning. */
export function everySheetSample(): NationalWorkbookInput {
  const { result, files } = nationalSample(["60"]);
  files.push({
    file: "ban-sao/51.xlsx",
    sha256: "ef".repeat(32),
    status: "duplicate",
    unit: "51",
    reason: "cùng nội dung với tệp 51.xlsx (trùng SHA-256); không tính hai lần",
  });
  const error: Finding = {
    code: "rule.sum",
    severity: "error",
    path: { annex: "PL02", row: "01", column: 1, cell: "'PL02'!D9" },
    params: { stated: "10", computed: "12", parts: "r02 + r03" },
  };
  const findings = [
    { file: "51.xlsx", unit: "51", finding: error },
    {
      file: "24.xlsx",
      unit: "24",
      finding: { code: "file.identified_by_content", severity: "warning", path: { file: "24.xlsx" }, params: { by: "tiêu đề" } } as Finding,
    },
    { file: "14.xlsx", unit: "14", finding: { ...jump, justification: { text: "Kết nạp theo Đề án 05 của Tỉnh ủy." } } },
  ];
  return {
    catalogue,
    result,
    files,
    findings,
    sentences: reportSentences(result, catalogue, { cutOff: "2022-12-05" }),
    cutOff: "2022-12-05",
    generatedAt: "2022-12-05T08:00:00.000Z",
  };
}
