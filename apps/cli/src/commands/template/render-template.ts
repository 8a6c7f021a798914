import { periodLabel } from "@phuluc/core";
import { catalogueUsedLine } from "../../cli/catalogue-args.js";
import { displayPath } from "../../io/paths.js";
import type { TemplateResult } from "./run-template.js";

export function renderTemplate(result: TemplateResult, cwd: string): string {
  const lines: string[] = [];
  const label = periodLabel(result.period);
  lines.push(`Đã tạo ${result.written.length} biểu mẫu ${label} (${result.registry.title}).`);
  for (const w of result.written) lines.push(`  ${displayPath(w.path, cwd)} — ${w.unit.officialName}`);
  if (result.kept.length > 0) {
    lines.push(`Giữ nguyên ${result.kept.length} tệp đã có (không ghi đè; dùng --force nếu muốn tạo lại):`);
    for (const k of result.kept) lines.push(`  ${displayPath(k.path, cwd)}`);
  }
  lines.push(catalogueUsedLine(result.catalogue, result.catalogueSource));
  return `${lines.join("\n")}\n`;
}
