import { reportSentences, type Finding } from "@phuluc/core";
import type { NationalWorkbookInput } from "../national/national-input.js";
import { catalogue } from "./filled-workbook.js";
import { nationalSample } from "./national-sample.js";
import { DUPLICATE_OF_51, JUMP_WARNING, SUM_ERROR } from "./sample-findings.js";

/** A sample with every sheet and every kind of row: a missing unit, other files, errors, warnings, a justified warning. */
export function everySheetSample(): NationalWorkbookInput {
  const { result, files } = nationalSample(["60"]);
  files.push(DUPLICATE_OF_51);
  const findings = [
    { file: "51.xlsx", unit: "51", finding: SUM_ERROR },
    {
      file: "24.xlsx",
      unit: "24",
      finding: { code: "file.identified_by_content", severity: "warning", path: { file: "24.xlsx" }, params: { by: "tiêu đề" } } as Finding,
    },
    { file: "14.xlsx", unit: "14", finding: { ...JUMP_WARNING, justification: { text: "Kết nạp theo Đề án 05 của Tỉnh ủy." } } },
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
