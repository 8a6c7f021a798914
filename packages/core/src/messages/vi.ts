import type { DerivedMissingFindingParams } from "../finding/rule-finding-params.js";
import { added, grouped, named, sideText, subtracted } from "./formula-terms.js";
import { ioReasonVi } from "./io-reason-vi.js";
import { localNumber } from "./local-number.js";
import type { MessageContext, MessageTable } from "./message-table.js";

/** `2025-07-01` → `01/7/2025`, as official documents write it. */
function shortDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${Number(month)}/${year}`;
}

const localNumberOf = (canonical: string): string => localNumber(canonical, "vi");

const REL: Record<string, string> = { "<=": "lớn hơn", ">=": "nhỏ hơn", "=": "khác" };

/** How plausibility messages name the period compared with. */
function since(c: MessageContext): string {
  return c.param("previousPeriod") === undefined ? "kỳ trước" : c.text("previousPeriod");
}

const CHECK_OR_JUSTIFY = 'hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".';

function roundingText(decimals: number): string {
  return decimals === 0 ? "làm tròn đến số nguyên" : `làm tròn ${decimals} chữ số thập phân`;
}

/** `(16.000 + 70.000)` when the numerator has several terms, else its value. */
function partValue(ctx: MessageContext): string {
  const terms = ctx.nums("partTerms");
  return terms.length > 1 ? `(${terms.join(" + ")})` : ctx.num("part");
}

/** A percentage rule (with a whole) gives a value in %. */
function percentSign(params: Partial<DerivedMissingFindingParams>): string {
  return "wholeLines" in params ? "%" : "";
}

function excess(ctx: MessageContext): string {
  const diff = ctx.text("difference");
  const amount = ctx.num("difference").replace(/^-/, "");
  return diff.startsWith("-") ? `ghi thiếu ${amount}` : `ghi thừa ${amount}`;
}

/** What a corrupt workbook's `reason` means, for people. */
const CORRUPT_REASONS: Record<string, string> = {
  zip_directory: "cấu trúc nén của tệp bị hỏng",
  zip_entry: "cấu trúc nén của tệp bị hỏng",
  zip_inflate: "cấu trúc nén của tệp bị hỏng",
  zip_method: "tệp dùng kiểu nén không được hỗ trợ",
  duplicate_entry: "tệp có thành phần bị trùng",
  missing_part: "tệp thiếu thành phần bắt buộc",
  missing_relationship: "tệp thiếu thành phần bắt buộc",
  bad_target: "tệp trỏ tới thành phần không hợp lệ",
  external_target: "tệp trỏ tới thành phần nằm ngoài tệp",
  target_outside_package: "tệp trỏ tới thành phần nằm ngoài tệp",
  xml: "nội dung XML bị hỏng",
  unexpected_root: "nội dung XML bị hỏng",
  cell_reference: "dữ liệu trang tính bị hỏng",
  row_reference: "dữ liệu trang tính bị hỏng",
  merge_reference: "dữ liệu trang tính bị hỏng",
  sheet_entry: "dữ liệu trang tính bị hỏng",
  shared_string_index: "dữ liệu trang tính bị hỏng",
  number_format_id: "dữ liệu định dạng bị hỏng",
  defined_name: "tên vùng dữ liệu bị hỏng",
};

/** What a file that is not a regular file is, for people. */
const NOT_REGULAR: Record<string, string> = {
  fifo: "ống dẫn FIFO",
  socket: "socket",
  device: "thiết bị",
  folder_link: "liên kết tới thư mục; các tệp trong đó không được đọc",
};

/** What to do with a file some other program made: the one way back to a workbook. */
const SAVE_AS_XLSX = "hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại";
/** What to do with a file that cannot be trusted: the figures typed again into the form. */
const RETYPE = "hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại";

/** What a file that is not a zip at all is, by its first bytes (`kind` from the reader's sniffing). */
const NOT_ZIP: Record<string, string> = {
  empty: "tệp rỗng (0 byte), không có nội dung — thường do sao chép hoặc tải về bị lỗi; hãy gửi lại tệp.",
  csv: `đây là tệp văn bản CSV, không phải sổ làm việc Excel; ${SAVE_AS_XLSX}.`,
  html: `đây là trang web (HTML), thường do xuất từ một phần mềm hoặc trang web, không phải sổ làm việc Excel; ${SAVE_AS_XLSX}.`,
  excel_old: `tệp được lưu bằng Excel đời rất cũ (Excel 2.0–4.0) nên không đọc được; ${SAVE_AS_XLSX}.`,
  xml_spreadsheet: `đây là bảng tính XML 2003 (XML Spreadsheet), không phải sổ làm việc Excel; ${SAVE_AS_XLSX}.`,
  pdf: "đây là tệp PDF, không có số liệu đọc được; hãy gửi tệp Excel (.xlsx) của biểu mẫu, không gửi bản PDF.",
  archive: "đây là tệp nén (RAR hoặc 7z); hãy giải nén và gửi tệp Excel (.xlsx) bên trong.",
  text: `đây là tệp văn bản, không phải sổ làm việc Excel; ${SAVE_AS_XLSX}.`,
};
const NOT_ZIP_UNKNOWN = `không phải tệp Excel .xlsx (không nhận ra nội dung tệp); ${SAVE_AS_XLSX}; nếu tệp bị hỏng khi sao chép, hãy gửi lại tệp.`;

/** A byte count parameter in whole megabytes (rounded up), as people read file sizes. */
function mebibytes(c: MessageContext, name: string): string {
  return c.num(name) === "" ? "" : localNumberOf(String(Math.ceil(Number(c.text(name)) / 1048576)));
}

/** Vietnamese messages: what officers and central staff read. */
export const vi: MessageTable = {
  "value.not_a_number": (c) => `không đọc được "${c.text("text")}" thành số; hãy nhập số, ví dụ 1.019 hoặc 23,3.`,
  "value.ambiguous": (c) =>
    `"${c.text("text")}" không rõ nghĩa; theo quy ước tiếng Việt, dấu chấm phân cách hàng nghìn (1.019) và dấu phẩy phân cách phần thập phân (23,3).`,
  "value.negative": (c) => `giá trị ${c.num("value")} là số âm; số liệu phải lớn hơn hoặc bằng 0.`,
  "value.not_whole": (c) =>
    `giá trị ${c.num("value")} không phải số nguyên; ô này ghi số lượng (số nguyên).${
      c.param("thousands") === undefined
        ? ""
        : ` Nếu định ghi ${c.num("thousands")} (số nguyên) thì máy đã đọc dấu chấm là dấu thập phân kiểu tiếng Anh: hãy gõ ${c.text("thousands")}, không có dấu chấm.`
    }`,
  "value.error": (c) => `ô đang báo lỗi ${c.text("error")}; hãy sửa công thức hoặc nhập số.`,
  "value.too_large": (c) =>
    `giá trị ${c.text("text")} quá lớn, không thể là số liệu thống kê (số lớn nhất đọc được là ${c.num("limit")}); hãy nhập lại số đúng.`,
  "value.unsupported_type": (c) =>
    c.text("type") === "date"
      ? "ô chứa ngày tháng, không phải số."
      : c.text("type") === "boolean"
        ? "ô chứa giá trị đúng/sai (TRUE/FALSE), không phải số."
        : "ô chứa giá trị không phải số.",
  "cell.required": () => "chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).",
  "cell.derived_missing": (c, f) => `chưa có giá trị; theo công thức ${c.text("formula")} phải là ${c.num("expected")}${percentSign(f.params)}.`,
  "rule.sum": (c, f) =>
    `tổng không khớp (${c.text("formula")}): ghi ${c.num("stated")}, nhưng ${named(added(f.params.partLines))}${c.nums("terms").join(" + ")} = ${c.num("computed")} (${excess(c)}).`,
  "rule.difference": (c, f) => {
    const expr = subtracted(f.params.minuendLine, f.params.subtrahendLines);
    return `hiệu không khớp (${c.text("formula")}): ghi ${c.num("stated")}, nhưng ${named(expr)}${c.nums("terms").join(" − ")} = ${c.num("computed")} (${excess(c)}).`;
  },
  "rule.compare": (c, f) => {
    const l = sideText(added(f.params.leftLines), c.num("left"), c.nums("leftTerms"));
    const r = f.params.constant === true ? c.num("right") : sideText(added(f.params.rightLines), c.num("right"), c.nums("rightTerms"));
    const rel = REL[c.text("op")] ?? "khác";
    return f.severity === "warning"
      ? `cần xem lại: ${l} ${rel} ${r} (điều kiện ${c.text("formula")}).`
      : `không thỏa mãn ${c.text("formula")}: ${l} ${rel} ${r}.`;
  },
  "rule.percentage": (c, f) => {
    const part = grouped(f.params.partLines);
    const whole = grouped(f.params.wholeLines);
    const ratio =
      part !== undefined && whole !== undefined
        ? `${part} / ${whole} × 100 = `
        : c.param("formula") === undefined
          ? ""
          : `theo công thức ${c.text("formula")} thì `;
    return `tỷ lệ ghi ${c.num("stated")}% nhưng ${ratio}${partValue(c)} / ${c.num("whole")} × 100 = ${c.num("computed")}%, ${roundingText(Number(c.text("decimals")))} là ${c.num("expected")}%.`;
  },
  "rule.percentage_whole_zero": (c, f) => {
    const whole = grouped(f.params.wholeLines);
    // "mẫu số 01" alone would read as "form no. 01": name the row or column.
    const line = whole === undefined ? "" : ` (${c.text("axis") === "row" ? `mã số ${whole}` : `cột ${whole}`})`;
    return `tỷ lệ ghi ${c.num("stated")}% nhưng mẫu số${line} bằng 0; hãy để trống hoặc ghi 0.`;
  },
  "rule.percentage_decimals": (c) =>
    `tỷ lệ ${c.num("stated")}% ghi ${c.text("decimals")} chữ số thập phân; mẫu quy định từ ${c.text("min")} đến ${c.text("max")} chữ số.`,
  "rule.cross_annex": (c) => {
    const cell = (ref: string) => {
      const [annex, r, col] = ref.split(".");
      return `${annex} mã số ${r?.slice(1)} cột (${col?.slice(1)})`;
    };
    const rel = REL[c.text("op")] ?? "khác";
    return `${cell(c.text("leftRef"))} = ${c.num("left")} ${rel} ${cell(c.text("rightRef"))} = ${c.num("right")}.`;
  },
  "rule.change_limit": (c) => {
    const change = c.text("change");
    const verb = change.startsWith("-") ? "giảm" : "tăng";
    const since = c.param("previousPeriod") === undefined ? "kỳ trước" : c.text("previousPeriod");
    return `${verb} ${c.num("change").replace(/^-/, "")}% so với ${since} (${c.num("previous")} → ${c.num("current")}), vượt ngưỡng ${c.num("limit")}%; đề nghị kiểm tra lại.`;
  },
  "rule.target_range": (c) => {
    const hasMin = c.param("min") !== undefined;
    const hasMax = c.param("max") !== undefined;
    const target =
      hasMin && hasMax
        ? `ngoài khoảng mục tiêu ${c.num("min")}–${c.num("max")}%`
        : c.text("direction") === "below"
          ? `thấp hơn mục tiêu ${c.num("min")}%`
          : `cao hơn mục tiêu ${c.num("max")}%`;
    return `${c.text("indicator")} là ${c.num("ratio")}%, ${target}.`;
  },
  "annex.missing": (c) => {
    const title = c.annexTitle(c.text("annex"));
    return `thiếu phụ lục ${c.text("annex")}${title ? ` (${title})` : ""} phải nộp trong kỳ này.`;
  },
  "annex.not_due": (c) => `phụ lục ${c.text("annex")} không thuộc kỳ báo cáo này; số liệu trong đó không được kiểm tra và không được tổng hợp.`,
  "annex.not_applicable": (c) =>
    `phụ lục ${c.text("annex")} chỉ dành cho tỉnh ủy, thành ủy; đảng ủy trực thuộc Trung ương để trống phụ lục này (số liệu không được tổng hợp).`,
  "annex.version_mismatch": (c) => `biểu mẫu phiên bản ${c.text("stated")}, khác phiên bản hiện hành ${c.text("expected")}; hãy nhập số liệu vào biểu mẫu mới.`,
  "catalogue.mismatch": (c) =>
    `tệp được làm từ danh mục biểu mẫu ${c.text("stated")}, nhưng ${c.text("periodLabel")} dùng danh mục ${c.text("expected")}; tệp không được đọc theo danh mục khác nên bị từ chối. Hãy chép số liệu vào biểu mẫu mới (phuluc template --period ${c.text("period")}).`,
  "annex.row_missing": (c) => `không tìm thấy dòng mã số ${c.text("row")} trong bảng; không xóa dòng và không sửa cột Mã số của biểu mẫu.`,
  "annex.column_missing": (c) =>
    `thiếu cột (${c.text("column")}) "${c.text("header")}" trong bảng; không xóa cột và không sửa dòng đánh số cột (1), (2), … của biểu mẫu. Hãy nhập số liệu vào biểu mẫu đúng mẫu.`,
  "annex.extra_row": (c) =>
    `dòng thêm không có trong biểu mẫu: "${c.text("label")}" (dòng ${c.text("sheetRow")}) có số liệu ${c.nums("values").join("; ")}, số liệu này không được tổng hợp. Hãy xóa dòng thêm, hoặc đưa số liệu vào đúng dòng mã số của biểu mẫu.`,
  "annex.extra_column": (c) =>
    `cột thêm không có trong biểu mẫu: cột ${c.text("letter")}${c.text("header") ? ` ("${c.text("header")}")` : ""} có số liệu ${c.num("value")}, số liệu này không được tổng hợp. Hãy xóa cột thêm, hoặc đưa số liệu vào đúng cột (1), (2), … của biểu mẫu.`,
  "unit.unknown": (c) => `không có đơn vị "${c.text("name")}" trong ${c.text("registryTitle")}.`,
  "unit.tcvn3": (c) => `tên "${c.text("name")}" được gõ bằng phông TCVN3 (ABC), có thể là "${c.text("decoded")}"; hãy gõ lại bằng bảng mã Unicode.`,
  "unit.not_in_registry_for_period": (c) =>
    c.param("successor") === undefined
      ? `đơn vị "${c.text("name")}" không có trong ${c.text("registryTitle")} áp dụng cho kỳ ${c.text("period")}.`
      : `${c.text("foundUnitName")} đã hợp nhất vào ${c.text("successorName")} (mã ${c.text("successor")})${
          c.param("successorFrom") === undefined ? "" : ` từ ${shortDate(c.text("successorFrom"))}`
        }; báo cáo ${c.text("periodLabel")} ghi đơn vị ${c.text("successorName")}.`,
  "period.invalid": (c) => `kỳ báo cáo "${c.text("text")}" không hợp lệ; hãy ghi theo dạng 2022-H1, 2022-Y hoặc 2023-Q1.`,
  "period.mismatch": (c) => `tệp ghi kỳ ${c.text("stated")}, khác kỳ đang tổng hợp ${c.text("expected")}.`,
  "file.not_zip": (c) => NOT_ZIP[c.text("kind")] ?? NOT_ZIP_UNKNOWN,
  "file.encrypted": (c) =>
    c.text("kind") === "zip"
      ? "tệp được nén kèm mật khẩu bằng một chương trình nén (như 7-Zip, WinRAR), không phải mật khẩu của Excel, nên không đọc được; hãy gửi lại tệp .xlsx gốc, không đặt mật khẩu."
      : "tệp được đặt mật khẩu mở nên không đọc được; hãy mở tệp bằng Excel, vào Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi gửi lại.",
  "file.legacy_xls": () =>
    "tệp .xls kiểu cũ (Excel 97–2003) không được hỗ trợ; hãy mở tệp bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
  "file.too_large": (c) => {
    switch (c.text("kind")) {
      case "file":
        return `tệp quá lớn đối với một tệp phụ lục (${c.param("actual") === undefined ? "" : `${mebibytes(c, "actual")} MB, `}giới hạn ${mebibytes(c, "limit")} MB); hãy xóa những trang tính, hình ảnh không thuộc biểu mẫu rồi lưu lại, hoặc nhập số liệu vào biểu mẫu gốc.`;
      case "ratio":
        return `tệp có một phần khi mở ra lớn gấp hơn ${c.num("limit")} lần kích thước của nó trong tệp — Excel không tạo ra tệp như vậy, đây là dấu hiệu của tệp độc hại — nên không được đọc; ${RETYPE}.`;
      case "sheets":
        return `tệp có quá nhiều trang tính (${c.num("actual")}, giới hạn ${c.num("limit")}); hãy xóa các trang tính không thuộc biểu mẫu rồi lưu lại.`;
      case "styles":
        return `tệp có quá nhiều kiểu định dạng ô (vượt ${c.num("limit")}), thường do chép dán nhiều lần từ tệp khác; ${RETYPE}.`;
      default:
        return `nội dung tệp khi mở ra vượt ${mebibytes(c, "limit")} MB, quá lớn đối với một tệp phụ lục (có thể là tệp hỏng hoặc tệp độc hại), nên không được đọc; ${RETYPE}.`;
    }
  },
  "file.unsafe_xml": () => `tệp chứa một khai báo mà Excel không bao giờ tạo ra, có thể dùng để tấn công máy tính, nên không được đọc; ${RETYPE}.`,
  "file.corrupt": (c) => {
    if (c.text("reason") === "unsupported_format") return `định dạng ${c.text("format") || "này"} không được hỗ trợ; ${SAVE_AS_XLSX}.`;
    const why = CORRUPT_REASONS[c.text("reason")];
    return `tệp bị hỏng hoặc có cấu trúc không hợp lệ${why ? ` (${why})` : ""}; hãy mở bằng Excel (Excel có thể đề nghị sửa tệp), lưu lại rồi gửi lại; nếu Excel không mở được, hãy gửi lại tệp gốc.`;
  },
  "file.too_many_cells": (c) => {
    switch (c.text("kind")) {
      case "strings":
        return `tệp chứa quá nhiều đoạn chữ lưu sẵn (vượt ${c.num("limit")}), phần lớn không nằm ở ô nào — thường do tệp được tạo bằng phần mềm khác hoặc chép dán nhiều lần; ${RETYPE}.`;
      case "merges":
        return `trang tính "${c.text("sheet")}" có quá nhiều vùng gộp ô (vượt ${c.num("limit")}); hãy bỏ gộp ô ở những vùng ngoài bảng số liệu rồi lưu lại.`;
      default:
        return `tệp có quá nhiều ô có dữ liệu hoặc định dạng (vượt ${c.num("limit")} ô${c.param("sheet") === undefined ? "" : `, đến trang tính "${c.text("sheet")}"`}); hãy xóa các hàng, cột thừa ngoài bảng số liệu (chọn các hàng, cột đó rồi bấm Xóa) và lưu lại.`;
    }
  },
  "file.damaged": (c) =>
    c.text("reason") === "truncated"
      ? "tệp bị hỏng khi sao chép/tải về (tệp bị cắt mất phần cuối); hãy gửi lại tệp."
      : "tệp bị hỏng khi sao chép/tải về; hãy gửi lại tệp.",
  "file.text_too_long": (c) =>
    `ô ${c.text("sheet")}!${c.text("cell")} chứa đoạn chữ dài ${c.num("length")} ký tự, vượt giới hạn ${c.num("limit")} ký tự của Excel (Excel không tạo ra ô như vậy); hãy xóa nội dung ô đó, lưu lại rồi gửi lại.`,
  "file.range_too_large": (c) =>
    c.text("kind") === "dimension"
      ? `trang tính khai vùng dữ liệu ${c.text("ref")} (${c.num("rows")} hàng × ${c.num("columns")} cột), lớn hơn mọi biểu mẫu; chỉ bảng số liệu được đọc. Nếu có hàng, cột thừa ngoài bảng, hãy xóa chúng rồi lưu lại.`
      : `trang tính có vùng gộp ô ${c.text("ref")} (${c.num("rows")} hàng × ${c.num("columns")} cột)${Number(c.text("count")) > 1 ? ` và ${localNumberOf(String(Number(c.text("count")) - 1))} vùng gộp lớn khác` : ""}, lớn hơn mọi biểu mẫu; các ô bị gộp được coi là trống. Hãy bỏ gộp ô ở vùng này (Trang đầu > Gộp và Căn giữa) rồi lưu lại.`,
  "file.macros_ignored": () => "tệp có macro; chỉ số liệu được đọc, macro không bao giờ được chạy.",
  "file.not_annex_workbook": () => "không phải tệp phụ lục thống kê (không tìm thấy trang phụ lục PL01–PL09 có cột Mã số).",
  "file.duplicate_unit": (c) =>
    `đơn vị ${c.text("unit")} có ${c.num("count")} tệp cho cùng kỳ (${c.text("files")}); hãy giữ lại một tệp, hoặc chạy với --prefer newest để lấy tệp mới nhất.`,
  "file.derived_recomputed": (c) => `ô công thức chưa có giá trị lưu sẵn (tệp chưa được tính lại khi lưu); giá trị tính lại là ${c.num("value")}.`,
  "file.identified_by_content": (c) => `không có trang thông tin _meta; tệp được nhận diện theo ${c.text("by")}.`,
  "file.io_error": (c) => {
    const { why, action } = ioReasonVi(c.text("reason"));
    return c.text("kind") === "folder"
      ? `không đọc được thư mục: ${why}; các tệp trong thư mục này chưa được đọc; ${action}.`
      : `không đọc được tệp: ${why}; ${action}.`;
  },
  "file.not_regular": (c) =>
    `không phải tệp thông thường (${NOT_REGULAR[c.text("kind")] ?? "loại tệp đặc biệt"}); không được đọc. Hãy chép tệp phụ lục (.xlsx) thật vào thư mục.`,
  "file.broken_link": () => "liên kết hỏng: tệp mà liên kết trỏ tới không còn; không được đọc. Hãy chép tệp phụ lục vào thư mục thay cho liên kết.",
  "plausibility.change": (c) => {
    const verb = c.text("change").startsWith("-") ? "giảm" : "tăng";
    return `${verb} ${c.num("change").replace(/^-/, "")}% so với ${since(c)}: ${c.num("previous")} → ${c.num("current")} (ngưỡng cảnh báo: thay đổi quá ${c.num("relativePercent")}% và quá ${c.num("absolute")}); ${CHECK_OR_JUSTIFY}`;
  },
  "plausibility.from_zero": (c) => `tăng từ 0 lên ${c.num("current")} so với ${since(c)}; ${CHECK_OR_JUSTIFY}`,
  "plausibility.vanished": (c) =>
    c.param("empty") === true
      ? `bỏ trống, trong khi ${since(c)} là ${c.num("previous")}; ${CHECK_OR_JUSTIFY}`
      : `giảm về 0 so với ${since(c)}: ${c.num("previous")} → 0; ${CHECK_OR_JUSTIFY}`,
  "plausibility.peers": (c) =>
    `${c.text("indicator")} là ${c.num("share")}%, ${c.text("direction") === "below" ? "thấp" : "cao"} khác thường so với các đơn vị khác (trung vị ${c.num("median")}%, khoảng thường gặp ${c.num("low")}–${c.num("high")}%); ${CHECK_OR_JUSTIFY}`,
  "justification.unmatched": (c) => {
    const rule = c.text("rule") ? ` (quy tắc ${c.text("rule")})` : "";
    if (c.param("value") !== undefined)
      return c.param("current") === undefined
        ? `giải trình cho ô ${c.text("cell")}${rule} được viết khi ô có giá trị ${c.num("value")}, nay ô không còn cảnh báo đó; hãy xóa dòng giải trình này.`
        : `giải trình cho ô ${c.text("cell")}${rule} được viết khi ô có giá trị ${c.num("value")}, nay là ${c.num("current")}; giải trình cũ không còn áp dụng: hãy xem lại cảnh báo và giải trình lại nếu số liệu đúng.`;
    return `giải trình cho ô ${c.text("cell")}${rule} không ứng với cảnh báo nào hiện có (số liệu đã thay đổi hoặc cảnh báo không còn); hãy xóa dòng giải trình này.`;
  },
  "justification.on_error": (c) =>
    `ô ${c.text("cell")} có lỗi (quy tắc ${c.text("rule")}), không phải cảnh báo; lỗi không được giải trình mà phải sửa số liệu.`,
  "justification.incomplete": (c) =>
    `dòng giải trình thiếu ${c.text("missing") === "cell" ? "ô có cảnh báo (ví dụ PL04!D10)" : "nội dung giải trình"}; hãy ghi đủ ô và nội dung như trong danh sách cảnh báo.`,
  "file.internal_error": (c) =>
    `lỗi chương trình (không phải lỗi của tệp); ${c.param("log") ? `chi tiết trong tệp ${c.text("log")}` : "chi tiết in trên màn hình khi chạy lệnh"}`,
  "file.period_unknown": () => "không xác định được kỳ báo cáo của tệp",
  "file.unit_not_identified": (c) => `không xác định được đơn vị trong ${c.text("registryTitle")}`,
  "file.same_content": (c) => `cùng nội dung với tệp ${c.text("of")} (trùng SHA-256); không tính hai lần`,
  "file.newer_preferred": (c) => `đơn vị có tệp mới hơn: ${c.text("newest")} (--prefer newest)`,
  "file.has_errors": (c) => `có ${c.num("errors")} lỗi; lỗi đầu tiên:`,
};
