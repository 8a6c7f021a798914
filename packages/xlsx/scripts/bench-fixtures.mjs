// Writes N small annex-like workbooks (exceljs) into a directory; used by bench-read.mjs.
// Usage: node scripts/bench-fixtures.mjs <dir> <count>
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

const [dir, countText] = process.argv.slice(2);
const count = Number(countText ?? 1000);
if (!dir) throw new Error("usage: bench-fixtures.mjs <dir> <count>");
mkdirSync(dir, { recursive: true });

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const labels = ["Tổng số đảng viên", "Đảng viên mới kết nạp", "Chi bộ trực thuộc", "Tỷ lệ hoàn thành", "Nữ", "Dân tộc thiểu số", "Tôn giáo", "Ghi chú"];

for (let n = 0; n < count; n++) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "bench";
  for (let s = 1; s <= 9; s++) {
    const ws = wb.addWorksheet(`Biểu ${s}`);
    ws.mergeCells("A1:H1");
    ws.getCell("A1").value = `PHỤ LỤC ${s} — Đảng bộ số ${n + 1}`;
    ws.mergeCells("A2:H2");
    ws.getCell("A2").value = "(Kèm theo báo cáo tổng kết năm)";
    ws.getRow(3).values = ["STT", ...labels.slice(0, 7)];
    for (let r = 4; r <= 22; r++) {
      const row = ws.getRow(r);
      row.getCell(1).value = r - 3;
      row.getCell(2).value = labels[(r + s) % labels.length];
      for (let c = 3; c <= 6; c++) row.getCell(c).value = Math.floor(random() * 1000);
      row.getCell(7).value = { formula: `D${r}/C${r}`, result: row.getCell(4).value / (row.getCell(3).value || 1) };
      row.getCell(7).numFmt = "0.0%";
      row.getCell(8).value = r % 5 === 0 ? { formula: `SUM(C${r}:F${r})`, result: 0 } : random() < 0.5 ? "x" : null;
    }
    ws.getCell("C23").value = { formula: "SUM(C4:C22)", result: 1 };
    ws.getCell("C23").numFmt = "#,##0";
    ws.mergeCells("A23:B23");
    ws.getCell("A23").value = "Cộng";
  }
  writeFileSync(join(dir, `annex-${String(n).padStart(5, "0")}.xlsx`), new Uint8Array(await wb.xlsx.writeBuffer()));
}
