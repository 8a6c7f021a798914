import { catalogueLabel, type Catalogue } from "@phuluc/core";
import { validityText } from "../../cli/catalogue-args.js";
import type { CatalogueCheckRun } from "./run-catalogue.js";

const STATUS = { official: "chính thức", provisional: "tạm thời, chờ Ban Tổ chức Trung ương xác nhận" } as const;
const PERIODS = { H1: "6 tháng đầu năm", Y: "năm", Q: "quý" } as const;

/** `catalogue list`: one line per shipped catalogue. */
export function renderCatalogueList(catalogues: readonly Catalogue[]): string {
  const lines = catalogues.map((c) => `${c.version}  ${c.id}  ${STATUS[c.status]}, hiệu lực ${validityText(c)} — ${c.title}`);
  return `${["Các danh mục biểu mẫu có sẵn:", ...lines.map((l) => `  ${l}`), "Xem một danh mục: phuluc catalogue show <phiên bản>"].join("\n")}\n`;
}

/** `catalogue show ID`: the catalogue's annexes with their rows, columns, rules and sentences counted. */
export function renderCatalogueShow(c: Catalogue): string {
  const lines = [
    `Danh mục biểu mẫu ${catalogueLabel(c)} (${c.id}): ${c.title}`,
    `Trạng thái: ${STATUS[c.status]}; hiệu lực ${validityText(c)}${c.predecessor ? `; thay cho danh mục ${c.predecessor}` : ""}.`,
    ...(c.note ? [`Ghi chú: ${c.note}`] : []),
    ...(c.predecessor && c.mapping.length > 0
      ? [`Đối chiếu với danh mục ${c.predecessor}: ${c.mapping.length} dòng, cột đã đổi; xem: phuluc catalogue diff ${c.predecessor} ${c.version}`]
      : []),
  ];
  for (const annex of c.annexes) {
    const rows = annex.sections.flatMap((s) => s.rows);
    const columns = annex.sections.reduce((n, s) => n + s.columns.length, 0);
    const periods = annex.periods.map((p) => PERIODS[p]).join(", ");
    const kinds = annex.unitKinds?.includes("central") === false ? "; chỉ tỉnh ủy, thành ủy" : "";
    lines.push(
      `  ${annex.code} ${annex.title} — kỳ: ${periods}${kinds}; ${rows.length} dòng, ${columns} cột, ${annex.rules.length} quy tắc, ${annex.sentences.length} câu báo cáo`,
    );
    for (const row of rows) lines.push(`      ${row.code} ${"  ".repeat(row.level)}${row.label}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `catalogue check`: every problem with its place in the file, or that it is ready. */
export function renderCatalogueCheck(run: CatalogueCheckRun): string {
  if (run.issues.length === 0) {
    const c = run.catalogue!;
    return `Tệp ${run.path}: danh mục biểu mẫu ${catalogueLabel(c)} hợp lệ (${c.annexes.length} phụ lục, hiệu lực ${validityText(c)}).\n`;
  }
  const lines = [
    `Tệp ${run.path}: ${run.issues.length} lỗi.`,
    ...run.issues.map((i) => `  - ${i.path}: ${i.message}`),
    "Sửa tệp theo các dòng trên rồi kiểm tra lại.",
  ];
  return `${lines.join("\n")}\n`;
}
