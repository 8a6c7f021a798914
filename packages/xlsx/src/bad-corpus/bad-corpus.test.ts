import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { annexesDue, catalogue2022, formatFinding, validate, type Finding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { readAnnexWorkbook, readOrFinding, type AnnexWorkbook } from "../annex-reader/index.js";

const dir = fileURLToPath(new URL("../../../../fixtures/bad/", import.meta.url));
const catalogue = catalogue2022();

function open(file: string): { ok: true; value: AnnexWorkbook } | { ok: false; finding: Finding } {
  const bytes = new Uint8Array(readFileSync(`${dir}${file}`));
  return readOrFinding(() => readAnnexWorkbook(bytes, { catalogue, fileName: file }), file);
}

function refused(file: string): { code: string; params: Finding["params"]; message: string } {
  const r = open(file);
  if (r.ok) throw new Error(`${file} was read`);
  return { code: r.finding.code, params: r.finding.params, message: formatFinding(r.finding) };
}

function accepted(file: string) {
  const r = open(file);
  if (!r.ok) throw new Error(`${file} was refused: ${formatFinding(r.finding)}`);
  const check = validate(r.value.submission, catalogue, r.value.unit ? { unitKind: r.value.unit.kind } : {});
  return {
    read: r.value,
    fileFindings: r.value.findings.map((f) => f.code),
    errors: check.findings.filter((f) => f.severity === "error").map((f) => `${f.code}${f.path.annex ? ` ${f.path.annex}` : ""}`),
  };
}

describe("hostile and broken workbooks (fixtures/bad)", () => {
  it("has every case of the corpus", () => {
    expect(readdirSync(dir).sort()).toEqual(
      [
        "README.md",
        "bom-thuc-the-xml.xlsx",
        "bom-zip.xlsx",
        "co-macro.xlsm",
        "co-mat-khau.xlsx",
        "cong-thuc-chua-tinh.xlsx",
        "dong-khong-co-r.xlsx",
        "excel-97-2003.xls",
        "hang-trieu-o.xlsx",
        "khong-phai-zip.xlsx",
        "phan-ngoai-thu-muc-xl.xlsx",
        "sai-phien-ban.xlsx",
        "so-dang-chu.xlsx",
        "ten-nfd.xlsx",
        "ten-tcvn3.xlsx",
        "thieu-phu-luc.xlsx",
        "thuc-the-ngoai-xxe.xlsx",
        "ty-le-dang-phan-so.xlsx",
        "sai-ma-kiem-tra.xlsx",
        "tai-ve-do-dang.xlsx",
        "tep-rong.xlsx",
        "tep-csv.xlsx",
        "trang-web.xlsx",
        "excel-4-0.xlsx",
        "mat-khau-nen-zip.xlsx",
        "gop-ca-trang.xlsx",
        "gop-ben-bang.xlsx",
        "chu-qua-dai.xlsx",
        "so-1e308.xlsx",
        "nhieu-chuoi-khong-dung.xlsx",
      ].sort(),
    );
  });

  it("refuses what cannot be read safely, with a Vietnamese message naming the file", () => {
    expect(refused("khong-phai-zip.xlsx")).toMatchObject({
      code: "file.not_zip",
      params: { kind: "text" },
      message:
        "Tệp khong-phai-zip.xlsx: đây là tệp văn bản, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    });
    expect(refused("co-mat-khau.xlsx")).toMatchObject({
      code: "file.encrypted",
      message:
        "Tệp co-mat-khau.xlsx: tệp được đặt mật khẩu mở nên không đọc được; hãy mở tệp bằng Excel, vào Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi gửi lại.",
    });
    expect(refused("excel-97-2003.xls")).toMatchObject({
      code: "file.legacy_xls",
      message:
        "Tệp excel-97-2003.xls: tệp .xls kiểu cũ (Excel 97–2003) không được hỗ trợ; hãy mở tệp bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    });
    expect(refused("bom-zip.xlsx")).toMatchObject({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: 41943040 },
      message:
        "Tệp bom-zip.xlsx: nội dung tệp khi mở ra vượt 40 MB, quá lớn đối với một tệp phụ lục (có thể là tệp hỏng hoặc tệp độc hại), nên không được đọc; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    });
    expect(refused("bom-thuc-the-xml.xlsx")).toMatchObject({ code: "file.unsafe_xml", params: { part: "xl/worksheets/sheet1.xml" } });
    expect(refused("thuc-the-ngoai-xxe.xlsx")).toMatchObject({
      code: "file.unsafe_xml",
      message:
        "Tệp thuc-the-ngoai-xxe.xlsx: tệp chứa một khai báo mà Excel không bao giờ tạo ra, có thể dùng để tấn công máy tính, nên không được đọc; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    });
    expect(refused("hang-trieu-o.xlsx")).toMatchObject({
      code: "file.too_many_cells",
      params: { kind: "cells", limit: 200000 },
      message:
        'Tệp hang-trieu-o.xlsx: tệp có quá nhiều ô có dữ liệu hoặc định dạng (vượt 200.000 ô, đến trang tính "Sheet1"); hãy xóa các hàng, cột thừa ngoài bảng số liệu (chọn các hàng, cột đó rồi bấm Xóa) và lưu lại.',
    });
  });

  it("tells a copy damaged or cut short in transit to be sent again", () => {
    expect(refused("sai-ma-kiem-tra.xlsx")).toMatchObject({
      code: "file.damaged",
      params: { reason: "checksum" },
      message: "Tệp sai-ma-kiem-tra.xlsx: tệp bị hỏng khi sao chép/tải về; hãy gửi lại tệp.",
    });
    expect(refused("tai-ve-do-dang.xlsx")).toMatchObject({
      code: "file.damaged",
      params: { reason: "truncated" },
      message: "Tệp tai-ve-do-dang.xlsx: tệp bị hỏng khi sao chép/tải về (tệp bị cắt mất phần cuối); hãy gửi lại tệp.",
    });
    expect(refused("tep-rong.xlsx")).toMatchObject({
      code: "file.not_zip",
      message: "Tệp tep-rong.xlsx: tệp rỗng (0 byte), không có nội dung — thường do sao chép hoặc tải về bị lỗi; hãy gửi lại tệp.",
    });
  });

  it("says what a file that is not a workbook is and how to make one of it", () => {
    expect(refused("tep-csv.xlsx")).toMatchObject({
      code: "file.not_zip",
      message:
        "Tệp tep-csv.xlsx: đây là tệp văn bản CSV, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    });
    expect(refused("trang-web.xlsx")).toMatchObject({
      code: "file.not_zip",
      message:
        "Tệp trang-web.xlsx: đây là trang web (HTML), thường do xuất từ một phần mềm hoặc trang web, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    });
    expect(refused("excel-4-0.xlsx")).toMatchObject({
      code: "file.not_zip",
      message:
        "Tệp excel-4-0.xlsx: tệp được lưu bằng Excel đời rất cũ (Excel 2.0–4.0) nên không đọc được; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    });
    expect(refused("mat-khau-nen-zip.xlsx")).toMatchObject({
      code: "file.encrypted",
      params: { kind: "zip" },
      message:
        "Tệp mat-khau-nen-zip.xlsx: tệp được nén kèm mật khẩu bằng một chương trình nén (như 7-Zip, WinRAR), không phải mật khẩu của Excel, nên không đọc được; hãy gửi lại tệp .xlsx gốc, không đặt mật khẩu.",
    });
  });

  it("names a text past Excel's limit and a table of unused strings for what they are", () => {
    expect(refused("chu-qua-dai.xlsx")).toMatchObject({
      code: "file.text_too_long",
      params: { sheet: "PL01", cell: "D10", length: 40000, limit: 32767 },
      message:
        "Tệp chu-qua-dai.xlsx: ô PL01!D10 chứa đoạn chữ dài 40.000 ký tự, vượt giới hạn 32.767 ký tự của Excel (Excel không tạo ra ô như vậy); hãy xóa nội dung ô đó, lưu lại rồi gửi lại.",
    });
    expect(refused("nhieu-chuoi-khong-dung.xlsx")).toMatchObject({
      code: "file.too_many_cells",
      params: { kind: "strings", limit: 200000 },
      message:
        "Tệp nhieu-chuoi-khong-dung.xlsx: tệp chứa quá nhiều đoạn chữ lưu sẵn (vượt 200.000), phần lớn không nằm ở ô nào — thường do tệp được tạo bằng phần mềm khác hoặc chép dán nhiều lần; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    });
  });

  it("reads whole-sheet and whole-column merges as ranges and names them", () => {
    const whole = accepted("gop-ca-trang.xlsx");
    expect(whole.read.findings.map((f) => formatFinding(f))).toEqual([
      "Tệp gop-ca-trang.xlsx, trang PL07: trang tính có vùng gộp ô A1:XFD1048576 (1.048.576 hàng × 16.384 cột), lớn hơn mọi biểu mẫu; các ô bị gộp được coi là trống. Hãy bỏ gộp ô ở vùng này (Trang đầu > Gộp và Căn giữa) rồi lưu lại.",
    ]);
    expect(whole.errors.length).toBeGreaterThan(0);
    expect(new Set(whole.errors)).toEqual(new Set(["cell.required PL07"]));
    const beside = accepted("gop-ben-bang.xlsx");
    expect(beside.fileFindings).toEqual(["file.range_too_large"]);
    expect(beside.errors).toEqual([]);
  });

  it("refuses a figure of 1E+308 by name, in its cell", () => {
    const r = open("so-1e308.xlsx");
    if (!r.ok) throw new Error("refused");
    const check = validate(r.value.submission, catalogue, { unitKind: r.value.unit!.kind });
    expect(check.findings.filter((f) => f.severity === "error").map((f) => formatFinding(f, { catalogue }))).toEqual([
      "Tệp so-1e308.xlsx, PL04, mã số 01, cột (1), ô PL04!D10: giá trị 1E+308 quá lớn, không thể là số liệu thống kê (số lớn nhất đọc được là 1.000.000.000.000.000); hãy nhập lại số đúng.",
    ]);
  });

  it("reads values from a macro workbook and says macros never run", () => {
    const r = accepted("co-macro.xlsm");
    expect(r.fileFindings).toEqual(["file.macros_ignored"]);
    expect(formatFinding(r.read.findings[0]!)).toBe("Tệp co-macro.xlsm: tệp có macro; chỉ số liệu được đọc, macro không bao giờ được chạy.");
    expect(r.read.unit?.code).toBe("01");
    expect(r.errors).toEqual([]);
  });

  it("reads rows and cells without r attributes by their position", () => {
    const r = accepted("dong-khong-co-r.xlsx");
    expect(r.read.identifiedBy).toBe("content");
    expect(r.read.unit?.code).toBe("01");
    expect(r.read.submission.annexes.PL07?.cells).toEqual({
      "01.1": { value: 25, address: "PL07!D10" },
      "02.1": { value: 14, address: "PL07!D11" },
    });
    expect(r.errors).toEqual(["PL01", "PL02", "PL03", "PL04", "PL05", "PL06", "PL08", "PL09"].map((a) => `annex.missing ${a}`));
  });

  it("reads workbook parts kept outside xl/", () => {
    const r = accepted("phan-ngoai-thu-muc-xl.xlsx");
    expect(r.read.identifiedBy).toBe("meta");
    expect(Object.keys(r.read.submission.annexes)).toHaveLength(9);
    expect(r.errors).toEqual([]);
  });

  it("reports missing annex sheets and an old form version", () => {
    expect(accepted("thieu-phu-luc.xlsx").errors).toEqual(["annex.missing PL04", "annex.missing PL05"]);
    expect(accepted("sai-phien-ban.xlsx").errors).toEqual(["annex.version_mismatch"]);
  });

  it("recognises a TCVN3 name without guessing, and an NFD name", () => {
    const tcvn3 = accepted("ten-tcvn3.xlsx");
    expect(tcvn3.read.unit).toBeUndefined();
    expect(tcvn3.fileFindings).toEqual(["unit.tcvn3"]);
    expect(formatFinding(tcvn3.read.findings[0]!)).toMatch(
      /^Tệp ten-tcvn3\.xlsx, ô PL01!A1: tên "[^"]+" được gõ bằng phông TCVN3 \(ABC\), có thể là "thành ủy hà nội"/,
    );
    const nfd = accepted("ten-nfd.xlsx");
    expect(nfd.read.unit?.code).toBe("01");
    expect(nfd.errors).toEqual([]);
  });

  it("reads counts typed as text and percentages stored as fractions", () => {
    const text = accepted("so-dang-chu.xlsx");
    expect(typeof text.read.submission.annexes.PL04?.cells["02.1"]?.value).toBe("string");
    expect(text.read.submission.annexes.PL04?.cells["02.1"]?.value).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(text.errors).toEqual([]);
    const fractions = accepted("ty-le-dang-phan-so.xlsx");
    const share = fractions.read.submission.annexes.PL01?.cells["01.3"];
    // The percentage format may carry the locale exceljs writes ("[$-42A]0.0%"): the figure is what matters.
    expect(share?.numberFormat).toMatch(/^(\[\$-[0-9A-F]+\])?0\.0%$/);
    expect(share?.value).toBeGreaterThan(0);
    expect(share?.value).toBeLessThan(1);
    expect(fractions.errors).toEqual([]);
  });

  it("recomputes every formula cell that has no cached value, never reading it as 0", () => {
    const r = accepted("cong-thuc-chua-tinh.xlsx");
    const derivedCells = annexesDue(catalogue, "Y", "province").reduce((n, a) => n + a.derivedBy.size, 0);
    expect(r.fileFindings).toEqual(Array.from({ length: derivedCells }, () => "file.derived_recomputed"));
    expect(r.errors).toEqual([]);
  });
});
