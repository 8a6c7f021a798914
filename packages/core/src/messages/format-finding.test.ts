import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { FINDING_CODES, REASON_CODES, type FindingCode } from "../finding/finding-code.js";
import type { Finding, FindingParam } from "../finding/finding.js";
import { en } from "./en.js";
import { formatFinding } from "./format-finding.js";
import { localNumber } from "./local-number.js";
import { locationText } from "./location.js";
import type { AnyMessage } from "./message-table.js";
import { vi } from "./vi.js";

const catalogue = catalogue2022();

/** Plausible parameters for any code: each message picks what it needs. */
const PARAMS: Record<string, FindingParam> = {
  text: "Hà Nội",
  value: "12.5",
  error: "#REF!",
  type: "date",
  formula: "01 = 02 + 09 + 10",
  axis: "row",
  expected: "2022.1",
  stated: "2021.1",
  computed: "90",
  terms: ["30", "50", "10"],
  difference: "10",
  op: "<=",
  left: "11",
  right: "10",
  leftTerms: ["11"],
  rightTerms: ["10"],
  part: "xl/worksheets/sheet1.xml",
  whole: "0",
  partTerms: ["1"],
  decimals: 1,
  min: 3,
  max: 4,
  leftRef: "PL09.r02.c1",
  rightRef: "PL04.r02.c1",
  change: "12.5",
  previous: "800",
  current: "900",
  limit: 10,
  indicator: "tỷ lệ kết nạp đảng viên mới",
  ratio: "2.50",
  direction: "below",
  annex: "PL06",
  row: "05",
  name: "Hà Nội",
  registryTitle: "danh sách đơn vị năm 2022",
  decoded: "Hà Nội",
  period: "2022-Y",
  detail: "thiếu tệp [Content_Types].xml",
  unit: "HN",
  count: 2,
  files: ["a.xlsx", "b.xlsx"],
  by: "tên trang tính",
};

const dummy = (code: FindingCode, params: Record<string, FindingParam> = PARAMS): Finding => ({
  code,
  severity: "error",
  path: {},
  params,
});

describe("message tables", () => {
  it("cover exactly the finding codes", () => {
    expect(Object.keys(vi).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...FINDING_CODES].sort());
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
  });

  it.each(FINDING_CODES)("%s has a Vietnamese and an English message", (code) => {
    for (const locale of ["vi", "en"] as const) {
      const text = formatFinding(dummy(code), { locale, catalogue });
      expect(text.length, locale).toBeGreaterThan(10);
      expect(text, locale).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
      // A sentence ends with a full stop; a reason is a clause (`có 3 lỗi; lỗi đầu tiên:`).
      if (!REASON_CODES.includes(code)) expect(text, locale).toMatch(/[.)]$/);
      // Without a location the message starts with a capital letter.
      expect(text.charAt(0), locale).toBe(text.charAt(0).toLocaleUpperCase(locale));
    }
  });

  it.each(FINDING_CODES)("%s: the Vietnamese table itself writes NFC", (code) => {
    const finding = dummy(code);
    const ctx = {
      annexTitle: () => "Biên chế ngành Tổ chức xây dựng Đảng",
      param: (name: string) => finding.params[name],
      text: (name: string) => String(finding.params[name] ?? ""),
      num: (name: string) => String(finding.params[name] ?? ""),
      nums: () => [],
    };
    const raw = (vi[code] as AnyMessage)(ctx, finding);
    expect(raw).toBe(raw.normalize("NFC"));
    expect(raw).not.toBe("");
  });

  it.each(FINDING_CODES)("%s does not fail without parameters", (code) => {
    expect(formatFinding(dummy(code, {})).length).toBeGreaterThan(0);
    expect(formatFinding(dummy(code, {}), { locale: "en" }).length).toBeGreaterThan(0);
  });

  it("Vietnamese messages are NFC even when the parameters arrive in NFD", () => {
    const nfd = "Hà Nội".normalize("NFD");
    const text = formatFinding(dummy("unit.unknown", { name: nfd, registryTitle: "danh sách đơn vị" }));
    expect(text).toBe('Không có đơn vị "Hà Nội" trong danh sách đơn vị.');
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toBe(text.normalize("NFD"));
  });
});

describe("formatFinding", () => {
  it("Vietnamese by default, with the location first", () => {
    const finding: Finding = {
      code: "cell.required",
      severity: "error",
      path: { annex: "PL04", row: "03", column: 1, cell: "PL04!C9", sheet: "PL04", file: "hn.xlsx", unit: "HN" },
      params: {},
    };
    expect(formatFinding(finding)).toBe("Tệp hn.xlsx, PL04, mã số 03, cột (1), ô PL04!C9: chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).");
    expect(formatFinding(finding, { withoutFile: true })).toBe(
      "PL04, mã số 03, cột (1), ô PL04!C9: chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).",
    );
    expect(formatFinding(finding, { locale: "en" })).toBe(
      "File hn.xlsx, PL04, row 03, column (1), cell PL04!C9: no figure entered; this cell is required (enter 0 for none).",
    );
    expect(formatFinding(finding, { withoutLocation: true })).toBe("Chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).");
  });

  it("annex.missing names the annex by title only with a catalogue", () => {
    const finding: Finding = { code: "annex.missing", severity: "error", path: {}, params: { annex: "PL09" } };
    expect(formatFinding(finding, { catalogue })).toBe("Thiếu phụ lục PL09 (Kết quả đánh giá, xếp loại chất lượng) phải nộp trong kỳ này.");
    expect(formatFinding(finding)).toBe("Thiếu phụ lục PL09 phải nộp trong kỳ này.");
  });

  it("English for file and unit findings", () => {
    const at = (code: FindingCode, params: Record<string, FindingParam>, path = {}) =>
      formatFinding({ code, severity: "error", path, params }, { locale: "en" });
    expect(at("file.legacy_xls", {})).toBe("Legacy .xls (Excel 97–2003) is not supported; save it as .xlsx.");
    expect(at("file.too_large", { limit: "52428800" })).toBe("The file or its decompressed content exceeds 52,428,800 bytes; not read.");
    expect(at("unit.tcvn3", { name: "Hµ Néi", decoded: "Hà Nội" })).toBe('"Hµ Néi" is typed in a TCVN3 (ABC) font; probably "Hà Nội".');
    expect(at("file.duplicate_unit", { unit: "HN", count: 2, files: ["a.xlsx", "b.xlsx"] })).toBe("Unit HN has 2 files for the period (a.xlsx, b.xlsx).");
    expect(at("period.invalid", { text: "2022-H3" })).toBe('"2022-H3" is not a period; use 2022-H1, 2022-Y or 2023-Q1.');
  });

  it("Vietnamese for file and unit findings", () => {
    const at = (code: FindingCode, params: Record<string, FindingParam>) => formatFinding({ code, severity: "error", path: { file: "hn.xlsx" }, params });
    expect(at("file.too_large", { kind: "uncompressed", limit: "67108864", part: "xl/worksheets/sheet1.xml" })).toBe(
      "Tệp hn.xlsx: nội dung tệp khi mở ra vượt 64 MB, quá lớn đối với một tệp phụ lục (có thể là tệp hỏng hoặc tệp độc hại), nên không được đọc; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    );
    expect(at("file.too_large", { kind: "file", limit: "20971520" })).toBe(
      "Tệp hn.xlsx: tệp quá lớn đối với một tệp phụ lục (giới hạn 20 MB); hãy xóa những trang tính, hình ảnh không thuộc biểu mẫu rồi lưu lại, hoặc nhập số liệu vào biểu mẫu gốc.",
    );
    expect(at("file.corrupt", { reason: "zip_directory" })).toBe(
      "Tệp hn.xlsx: tệp bị hỏng hoặc có cấu trúc không hợp lệ (cấu trúc nén của tệp bị hỏng); hãy mở bằng Excel (Excel có thể đề nghị sửa tệp), lưu lại rồi gửi lại; nếu Excel không mở được, hãy gửi lại tệp gốc.",
    );
    expect(at("file.corrupt", { reason: "unsupported_format", format: "ods" })).toBe(
      "Tệp hn.xlsx: định dạng ods không được hỗ trợ; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    );
    expect(at("unit.tcvn3", { name: "Hµ Néi", decoded: "Hà Nội" })).toBe(
      'Tệp hn.xlsx: tên "Hµ Néi" được gõ bằng phông TCVN3 (ABC), có thể là "Hà Nội"; hãy gõ lại bằng bảng mã Unicode.',
    );
    expect(at("file.corrupt", {})).toBe(
      "Tệp hn.xlsx: tệp bị hỏng hoặc có cấu trúc không hợp lệ; hãy mở bằng Excel (Excel có thể đề nghị sửa tệp), lưu lại rồi gửi lại; nếu Excel không mở được, hãy gửi lại tệp gốc.",
    );
  });
});

describe("locationText", () => {
  it("names annex, row, column and cell as the form does", () => {
    expect(locationText({ annex: "PL01", row: "01", column: 3, cell: "PL01!F9", sheet: "PL01" }, "vi")).toBe("PL01, mã số 01, cột (3), ô PL01!F9");
    expect(locationText({ annex: "PL01", row: "01" }, "en")).toBe("PL01, row 01");
  });

  it("names the sheet only when no annex is known", () => {
    expect(locationText({ sheet: "Sheet1" }, "vi")).toBe("trang Sheet1");
    expect(locationText({ sheet: "Sheet1" }, "en")).toBe("sheet Sheet1");
    expect(locationText({ annex: "PL02", sheet: "PL02" }, "vi")).toBe("PL02");
    expect(locationText({ file: "a.xlsx", unit: "HN" }, "vi")).toBe("tệp a.xlsx");
    expect(locationText({ file: "a.xlsx", unit: "HN" }, "vi", false)).toBe("");
  });
});

describe("localNumber", () => {
  it.each([
    ["1234.5", "1.234,5", "1,234.5"],
    ["-19450", "-19.450", "-19,450"],
    ["5300000", "5.300.000", "5,300,000"],
    ["82.480", "82,480", "82.480"],
    ["0", "0", "0"],
    ["999", "999", "999"],
  ])("%s → vi %s, en %s", (canonical, inVi, inEn) => {
    expect(localNumber(canonical, "vi")).toBe(inVi);
    expect(localNumber(canonical, "en")).toBe(inEn);
  });

  it("matches Intl.NumberFormat('vi-VN') for whole numbers", () => {
    for (const n of [7, 1919, 46046, 5300000, 19450]) {
      expect(localNumber(String(n), "vi")).toBe(new Intl.NumberFormat("vi-VN").format(n));
    }
  });

  it("leaves text that is not a canonical number alone", () => {
    expect(localNumber("abc", "vi")).toBe("abc");
    expect(localNumber("1e5", "vi")).toBe("1e5");
  });
});
