import { displayPath } from "../io/paths.js";
import type { UnitOutputPaths } from "./output-options.js";
import type { UnitOutputs } from "./unit-outputs.js";

const WHY: Record<UnitOutputs["noFeedback"][number]["why"], string> = {
  unreadable: "tệp không đọc được",
  unidentified: "không xác định được đơn vị hoặc kỳ báo cáo",
};

/** The summary lines about the feedback workbooks and the tidy table. */
export function renderUnitOutputs(paths: UnitOutputPaths, outputs: UnitOutputs | undefined, cwd: string): string[] {
  if (!outputs) return [];
  const lines: string[] = [];
  if (paths.feedbackDir) {
    lines.push(`Tệp phản hồi cho đơn vị: ${outputs.feedback.length} tệp trong ${displayPath(paths.feedbackDir, cwd)}`);
    for (const n of outputs.noFeedback) lines.push(`  Không tạo được tệp phản hồi cho ${n.file}: ${WHY[n.why]} (báo cho đơn vị theo lỗi ở trên).`);
  }
  if (paths.tidy) lines.push(`Bảng số liệu: ${outputs.tidyRows} dòng trong ${displayPath(paths.tidy, cwd)}`);
  return lines;
}
