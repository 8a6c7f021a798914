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
        "README.md", "bom-thuc-the-xml.xlsx", "bom-zip.xlsx", "co-macro.xlsm", "co-mat-khau.xlsx", "cong-thuc-chua-tinh.xlsx",
        "dong-khong-co-r.xlsx", "excel-97-2003.xls", "hang-trieu-o.xlsx", "khong-phai-zip.xlsx", "phan-ngoai-thu-muc-xl.xlsx",
        "sai-phien-ban.xlsx", "so-dang-chu.xlsx", "ten-nfd.xlsx", "ten-tcvn3.xlsx", "thieu-phu-luc.xlsx", "thuc-the-ngoai-xxe.xlsx",
        "ty-le-dang-phan-so.xlsx",
      ].sort(),
    );
  });

  it("refuses what cannot be read safely, with a Vietnamese message naming the file", () => {
    expect(refused("khong-phai-zip.xlsx")).toMatchObject({
      code: "file.not_zip",
      message: "Tệp khong-phai-zip.xlsx: không phải tệp Excel .xlsx (không đọc được cấu trúc tệp).",
    });
    expect(refused("co-mat-khau.xlsx")).toMatchObject({
      code: "file.encrypted",
      message: "Tệp co-mat-khau.xlsx: tệp được đặt mật khẩu nên không đọc được; hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.",
    });
    expect(refused("excel-97-2003.xls")).toMatchObject({
      code: "file.legacy_xls",
      message: "Tệp excel-97-2003.xls: tệp .xls kiểu cũ (Excel 97–2003) không được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx.",
    });
    expect(refused("bom-zip.xlsx")).toMatchObject({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: 67108864 },
      message: "Tệp bom-zip.xlsx: tệp khi giải nén vượt giới hạn 67.108.864 byte (có thể là tệp hỏng hoặc tệp độc hại); tệp không được đọc.",
    });
    expect(refused("bom-thuc-the-xml.xlsx")).toMatchObject({ code: "file.unsafe_xml", params: { part: "xl/worksheets/sheet1.xml" } });
    expect(refused("thuc-the-ngoai-xxe.xlsx")).toMatchObject({
      code: "file.unsafe_xml",
      message: "Tệp thuc-the-ngoai-xxe.xlsx: tệp chứa khai báo XML không an toàn (DOCTYPE) ở phần xl/worksheets/sheet1.xml; tệp không được đọc.",
    });
    expect(refused("hang-trieu-o.xlsx")).toMatchObject({
      code: "file.too_many_cells",
      params: { limit: 500000 },
      message: "Tệp hang-trieu-o.xlsx: trang tính có quá nhiều ô (vượt 500.000 ô); tệp không được đọc.",
    });
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
    expect(formatFinding(tcvn3.read.findings[0]!)).toMatch(/^Tệp ten-tcvn3\.xlsx, ô PL01!A1: tên "[^"]+" được gõ bằng phông TCVN3 \(ABC\), có thể là "thành ủy hà nội"/);
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
    expect(fractions.read.submission.annexes.PL01?.cells["01.3"]).toMatchObject({ numberFormat: "0.0%" });
    expect(fractions.read.submission.annexes.PL01?.cells["01.3"]?.value).toBeLessThan(1);
    expect(fractions.errors).toEqual([]);
  });

  it("recomputes every formula cell that has no cached value, never reading it as 0", () => {
    const r = accepted("cong-thuc-chua-tinh.xlsx");
    const derivedCells = annexesDue(catalogue, "Y", "province").reduce((n, a) => n + a.derivedBy.size, 0);
    expect(r.fileFindings).toEqual(Array.from({ length: derivedCells }, () => "file.derived_recomputed"));
    expect(r.errors).toEqual([]);
  });
});
