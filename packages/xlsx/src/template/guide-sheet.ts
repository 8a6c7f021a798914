import type { Workbook } from "exceljs";
import { formatVietnameseDate, periodLabel, type Annex, type Period, type ReportingUnit } from "@phuluc/core";

/** Name of the first, visible sheet of a template. */
export const GUIDE_SHEET = "Hướng dẫn";

const FONT = "Times New Roman";

/**
 * The first sheet an officer sees: which unit and period the workbook is
 * for, the annexes due, and how to fill them without breaking the reading.
 */
export function addGuideSheet(workbook: Workbook, unit: ReportingUnit, period: Period, annexes: readonly Annex[], cutOff?: string): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET, { properties: { tabColor: { argb: "FF2E7D32" } } });
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = 110;
  const lines: [string, "title" | "bold" | "text"][] = [
    ["PHỤ LỤC THỐNG KÊ KÈM THEO BÁO CÁO CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG", "title"],
    [`Đơn vị: ${unit.officialName}`, "bold"],
    [`Kỳ báo cáo: ${periodLabel(period)}`, "bold"],
    [`Số liệu tính đến ngày ${cutOff ? formatVietnameseDate(cutOff) : "…/…/……"}`, "text"],
    ["", "text"],
    [annexes.length > 0 ? "Các phụ lục phải nộp trong kỳ:" : "Kỳ báo cáo này không có phụ lục thống kê nào phải nộp.", "bold"],
    ...annexes.map((a) => [`- ${a.code}: ${a.title}`, "text"] as [string, "text"]),
    ["", "text"],
    ["Cách điền:", "bold"],
    ["- Chỉ nhập số liệu vào các ô trắng; các ô tô nền (tổng, hiệu, tỷ lệ) được tính tự động bằng công thức.", "text"],
    ["- Nhập số nguyên, không nhập chữ; nếu không có số liệu thì ghi 0.", "text"],
    ["- Không xóa, không chèn dòng giữa bảng, không sửa cột Mã số và dòng đánh số cột (1), (2)…; không đổi tên các trang PL01, PL02…", "text"],
    ["- Gõ tiếng Việt bằng bảng mã Unicode.", "text"],
    ["- Các điều kiện kiểm tra được in dưới mỗi bảng (mục Ghi chú).", "text"],
    ['- Cảnh báo (số liệu cần xem lại) mà đơn vị xác nhận là đúng thì ghi lý do ở trang "Giải trình"; lỗi thì phải sửa, không giải trình.', "text"],
  ];
  lines.forEach(([text, kind], i) => {
    const cell = sheet.getCell(i + 1, 2);
    cell.value = text;
    cell.font = { name: FONT, size: kind === "title" ? 14 : 12, bold: kind !== "text" };
    cell.alignment = { wrapText: true, vertical: "middle", ...(kind === "title" ? { horizontal: "center" as const } : {}) };
  });
  sheet.getRow(1).height = 30;
  sheet.views = [{ state: "normal", showGridLines: false }];
  sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  void sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true });
}
