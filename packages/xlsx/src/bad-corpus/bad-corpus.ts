import ExcelJS from "exceljs";
import { strToU8 } from "fflate";
import { REGISTRY_2022, catalogue2022, periodOrThrow, sampleSubmission, unicodeToTcvn3, unitByCode, type Submission } from "@phuluc/core";
import { NS_MAIN, buildPackage } from "../reader/test-support/package-builder.js";
import { bombPackage, compoundFile, entityBombPackage, hugeDimensionPackage } from "../reader/test-support/hostile-packages.js";
import { writeTemplate } from "../template/index.js";
import { denseSheetWithoutRefs } from "./dense-sheet.js";
import { alteredStoredFigure, encryptedEntries } from "./damaged-copies.js";
import { addMerges, editText, sheetPartOf, sheetParts, zipEdit } from "./zip-edit.js";

/** One file of the hostile and broken corpus, with what a person should expect of it. */
export interface BadCase {
  file: string;
  /** What is wrong with the file (Vietnamese, for fixtures/bad/README.md). */
  what: string;
  /** What the software does with it (Vietnamese). */
  expected: string;
  bytes: Uint8Array;
}

const catalogue = catalogue2022();
const period = periodOrThrow("2022-Y");

function figures(unit: string, edit?: (s: Submission) => void): Submission {
  const s = sampleSubmission(catalogue, { unit, period: period.id, unitKind: unitByCode(REGISTRY_2022, unit)?.kind ?? "province" });
  edit?.(s);
  return s;
}

async function filled(unit: string, edit?: (s: Submission) => void): Promise<Uint8Array> {
  const u = unitByCode(REGISTRY_2022, unit);
  if (!u) throw new Error(`no unit ${unit}`);
  const bytes = await writeTemplate({
    catalogue,
    unit: u,
    period,
    cutOff: "2022-12-05",
    generatedAt: "2022-12-01T08:00:00.000Z",
    figures: figures(unit, edit),
  });
  return zipEdit(bytes);
}

async function withExcel(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  change(wb);
  return zipEdit(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function withoutMeta(wb: ExcelJS.Workbook, unitName: string): void {
  wb.removeWorksheet(wb.getWorksheet("_meta")!.id);
  for (const sheet of wb.worksheets) if (/^PL\d\d$/.test(sheet.name)) sheet.getCell("A1").value = unitName;
}

const XXE = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;

/** Every hostile or broken case, built deterministically. */
export async function badCorpus(): Promise<BadCase[]> {
  const hanoi = unitByCode(REGISTRY_2022, "01")!;
  return [
    {
      file: "khong-phai-zip.xlsx",
      what: "Tệp văn bản đổi đuôi thành .xlsx.",
      expected: "Không đọc; báo «không phải tệp Excel .xlsx».",
      bytes: strToU8("Đây là một văn bản, không phải tệp Excel.\n"),
    },
    {
      file: "co-mat-khau.xlsx",
      what: "Sổ làm việc được đặt mật khẩu mở tệp (tệp mã hóa, định dạng CFB).",
      expected: "Không đọc; báo tệp được đặt mật khẩu và cách gỡ.",
      bytes: compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    },
    {
      file: "excel-97-2003.xls",
      what: "Tệp .xls kiểu cũ (Excel 97–2003).",
      expected: "Không đọc; đề nghị lưu lại dưới dạng .xlsx.",
      bytes: compoundFile(["Workbook"]),
    },
    {
      file: "co-macro.xlsm",
      what: "Sổ làm việc có macro (vbaProject.bin), số liệu hợp lệ.",
      expected: "Đọc số liệu, không bao giờ chạy macro; cảnh báo «tệp có macro».",
      bytes: zipEdit(await filled("01"), (parts) => {
        parts["xl/vbaProject.bin"] = compoundFile(["VBA", "PROJECT"]);
        editText(parts, "[Content_Types].xml", (xml) =>
          xml
            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
        );
        editText(parts, "xl/_rels/workbook.xml.rels", (xml) =>
          xml.replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
          ),
        );
      }),
    },
    {
      file: "bom-zip.xlsx",
      what: "Tệp nhỏ nhưng một phần giải nén ra 80 MiB, khai kích thước giả 4 KiB (zip bomb).",
      expected: "Dừng giải nén ở giới hạn 40 MiB; không đọc.",
      bytes: bombPackage({ outputBytes: 80 * 1024 * 1024, declaredSize: 4096 }),
    },
    {
      file: "bom-thuc-the-xml.xlsx",
      what: "XML khai báo thực thể lồng nhau (billion laughs).",
      expected: "Từ chối mọi DOCTYPE; không đọc.",
      bytes: entityBombPackage(),
    },
    {
      file: "thuc-the-ngoai-xxe.xlsx",
      what: "XML khai báo thực thể ngoài trỏ tới tệp hệ thống (XXE).",
      expected: "Từ chối mọi DOCTYPE; không mở tệp nào khác; không đọc.",
      bytes: zipEdit(buildPackage({ sheets: [{ name: "PL07", document: XXE }] })),
    },
    {
      file: "hang-trieu-o.xlsx",
      what: "Trang tính khai vùng A1:XFD1048576 và có 600.000 ô.",
      expected: "Dừng ở giới hạn 200.000 ô; không đọc.",
      bytes: hugeDimensionPackage(600_000),
    },
    {
      file: "dong-khong-co-r.xlsx",
      what: "PL07 của Thành ủy Hà Nội ghi mọi dòng và ô liên tiếp, không có thuộc tính r; không có trang _meta.",
      expected: "Đọc đúng số liệu (25 cuộc kiểm tra, 14 cuộc giám sát); nhận diện theo nội dung; báo thiếu các phụ lục khác.",
      bytes: zipEdit(
        buildPackage({
          sheets: [{ name: "PL07", xml: denseSheetWithoutRefs(catalogue.annex("PL07")!, hanoi.officialName, "năm 2022", { "01.1": 25, "02.1": 14 }) }],
        }),
      ),
    },
    {
      file: "phan-ngoai-thu-muc-xl.xlsx",
      what: "Các phần của sổ làm việc nằm ngoài thư mục xl/ (bao-cao/), liên kết đúng quy cách.",
      expected: "Đọc bình thường; số liệu hợp lệ.",
      bytes: zipEdit(await filled("01"), (parts) => {
        for (const name of Object.keys(parts)) {
          if (!name.startsWith("xl/")) continue;
          parts[`bao-cao/${name.slice(3)}`] = parts[name]!;
          delete parts[name];
        }
        editText(parts, "_rels/.rels", (xml) => xml.replace(/Target="\/?xl\//g, 'Target="bao-cao/'));
        editText(parts, "[Content_Types].xml", (xml) => xml.replace(/PartName="\/xl\//g, 'PartName="/bao-cao/'));
      }),
    },
    {
      file: "thieu-phu-luc.xlsx",
      what: "Báo cáo năm thiếu trang PL04 và PL05.",
      expected: "Đọc các phụ lục có; báo lỗi thiếu PL04 và PL05.",
      bytes: await withExcel(await filled("01"), (wb) => {
        wb.removeWorksheet(wb.getWorksheet("PL04")!.id);
        wb.removeWorksheet(wb.getWorksheet("PL05")!.id);
      }),
    },
    {
      file: "sai-phien-ban.xlsx",
      what: "Biểu mẫu phiên bản 2021.3 (cũ).",
      expected: "Báo lỗi phiên bản biểu mẫu khác phiên bản hiện hành 2022.1.",
      bytes: await withExcel(await filled("01"), (wb) => {
        wb.getWorksheet("_meta")!.getCell("B2").value = "2021.3";
      }),
    },
    {
      file: "ten-tcvn3.xlsx",
      what: "Không có _meta; tên đơn vị gõ bằng phông TCVN3 (ABC).",
      expected: "Báo tên gõ bằng TCVN3, gợi ý «Thành ủy Hà Nội»; không đoán đơn vị.",
      bytes: await withExcel(await filled("01"), (wb) => withoutMeta(wb, unicodeToTcvn3("THÀNH ỦY HÀ NỘI".toLocaleLowerCase("vi")))),
    },
    {
      file: "ten-nfd.xlsx",
      what: "Không có _meta; tên đơn vị ở dạng Unicode tổ hợp (NFD).",
      expected: "Nhận ra Thành ủy Hà Nội; số liệu hợp lệ.",
      bytes: await withExcel(await filled("01"), (wb) => withoutMeta(wb, "THÀNH ỦY HÀ NỘI".normalize("NFD"))),
    },
    {
      file: "so-dang-chu.xlsx",
      what: 'Số lượng gõ dạng chữ có dấu chấm phân cách hàng nghìn ("1.019").',
      expected: "Đọc 1.019 là một nghìn không trăm mười chín; số liệu hợp lệ.",
      bytes: await filled("01", (s) => {
        for (const key of ["01.1", "02.1", "04.1"]) {
          const cell = s.annexes.PL04!.cells[key]!;
          cell.value = (cell.value as number).toLocaleString("vi-VN");
        }
      }),
    },
    {
      file: "ty-le-dang-phan-so.xlsx",
      what: "Tỷ lệ gõ đè lên công thức dưới dạng phân số với định dạng phần trăm (0,229 hiển thị 22,9%).",
      expected: "Đọc 22,9%; số liệu hợp lệ.",
      bytes: await filled("01", (s) => {
        for (const key of ["01.3", "02.3", "03.3"]) {
          const cell = s.annexes.PL01!.cells[key]!;
          cell.value = Number(((cell.value as number) / 100).toFixed(4));
          cell.numberFormat = "0.0%";
          cell.formula = false;
        }
      }),
    },
    {
      file: "cong-thuc-chua-tinh.xlsx",
      what: "Các ô công thức không có giá trị lưu sẵn (tệp do công cụ không tính toán lưu).",
      expected: "Tính lại từng ô và cảnh báo; không bao giờ đọc thành 0; số liệu hợp lệ.",
      bytes: zipEdit(await filled("01"), (parts) => {
        for (const name of sheetParts(parts)) {
          editText(parts, name, (xml) => xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1").replace(/<v\/>/g, ""));
        }
      }),
    },
    {
      file: "sai-ma-kiem-tra.xlsx",
      what: "Một con số trong tệp bị đổi khi sao chép (1 chữ số của PL04 đổi, mã kiểm tra CRC-32 giữ nguyên).",
      expected: "Không đọc; báo tệp bị hỏng khi sao chép/tải về, đề nghị gửi lại.",
      bytes: await alteredStoredFigure(await filled("01"), "PL04"),
    },
    {
      file: "tai-ve-do-dang.xlsx",
      what: "Tệp tải về bị đứt giữa chừng (mất 40% phần cuối).",
      expected: "Không đọc; báo tệp bị cắt mất phần cuối, đề nghị gửi lại.",
      bytes: (await filled("01")).subarray(0, 17_000),
    },
    {
      file: "tep-rong.xlsx",
      what: "Tệp 0 byte.",
      expected: "Không đọc; báo tệp rỗng, đề nghị gửi lại.",
      bytes: new Uint8Array(0),
    },
    {
      file: "tep-csv.xlsx",
      what: "Tệp CSV xuất từ phần mềm khác, đổi đuôi thành .xlsx.",
      expected: "Không đọc; báo đây là tệp CSV, đề nghị lưu lại dưới dạng .xlsx từ chương trình đã tạo ra nó.",
      bytes: strToU8("Mã số;Chỉ tiêu;Số lượng\r\n01;Tổng số cuộc kiểm tra;25\r\n02;Tổng số cuộc giám sát;14\r\n"),
    },
    {
      file: "trang-web.xlsx",
      what: "Trang web (HTML) do một phần mềm xuất ra, mang đuôi .xlsx.",
      expected: "Không đọc; báo đây là trang web, đề nghị lưu lại dưới dạng .xlsx.",
      bytes: strToU8(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>Mã số</td><td>(1)</td></tr></table></body></html>',
      ),
    },
    {
      file: "excel-4-0.xlsx",
      what: "Trang tính Excel 4.0 (BIFF4) mang đuôi .xlsx.",
      expected: "Không đọc; báo tệp Excel đời rất cũ, đề nghị lưu lại dưới dạng .xlsx.",
      bytes: new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00]),
    },
    {
      file: "mat-khau-nen-zip.xlsx",
      what: "Tệp được nén lại kèm mật khẩu bằng chương trình nén (mã hóa ở mức zip), không phải mật khẩu của Excel.",
      expected: "Không đọc; báo mật khẩu của chương trình nén, đề nghị gửi tệp .xlsx không đặt mật khẩu.",
      bytes: encryptedEntries(await filled("01")),
    },
    {
      file: "gop-ca-trang.xlsx",
      what: "PL07 có một vùng gộp ô phủ cả trang tính (A1:XFD1048576).",
      expected: "Đọc trong bộ nhớ giới hạn, không lỗi chương trình; cảnh báo vùng gộp ô quá lớn; các ô của PL07 bị gộp nên báo thiếu số liệu.",
      bytes: zipEdit(await filled("01"), (parts) => editText(parts, sheetPartOf(parts, "PL07"), (xml) => addMerges(xml, ["A1:XFD1048576"]))),
    },
    {
      file: "gop-ben-bang.xlsx",
      what: "PL07 có vùng gộp Z1:XFD1048576 bên cạnh bảng và 5 cột gộp từ trên xuống dưới (T:X).",
      expected: "Đọc đúng số liệu; cảnh báo vùng gộp ô quá lớn; số liệu hợp lệ.",
      bytes: zipEdit(await filled("01"), (parts) =>
        editText(parts, sheetPartOf(parts, "PL07"), (xml) => addMerges(xml, ["Z1:XFD1048576", ...["T", "U", "V", "W", "X"].map((c) => `${c}1:${c}1048576`)])),
      ),
    },
    {
      file: "chu-qua-dai.xlsx",
      what: "Một ô của PL01 chứa đoạn chữ 40.000 ký tự, vượt giới hạn 32.767 ký tự của Excel.",
      expected: "Không đọc; báo ô có đoạn chữ vượt giới hạn của Excel, nêu tên ô.",
      bytes: await filled("01", (s) => {
        s.annexes.PL01!.cells["01.1"]!.value = "Đảng viên ".repeat(4000);
      }),
    },
    {
      file: "so-1e308.xlsx",
      what: "Một ô số lượng ghi 1E+308 (con số không thể có; hai đơn vị như vậy cộng lại thành vô cùng).",
      expected: "Đọc; báo lỗi giá trị quá lớn ở đúng ô; con số không được tổng hợp.",
      bytes: await filled("01", (s) => {
        s.annexes.PL04!.cells["01.1"]!.value = 1e308;
      }),
    },
    {
      file: "nhieu-chuoi-khong-dung.xlsx",
      what: "Bảng chuỗi dùng chung có 500.001 đoạn chữ, không ô nào dùng đến.",
      expected: "Không đọc; báo tệp chứa quá nhiều đoạn chữ lưu sẵn (không phải «quá nhiều ô»).",
      bytes: zipEdit(
        buildPackage({
          sheets: [{ name: "PL07", xml: "<sheetData/>" }],
          sharedStrings: `<sst xmlns="${NS_MAIN}">${Array.from({ length: 500_001 }, (_, i) => `<si><t>${i.toString(36)}</t></si>`).join("")}</sst>`,
        }),
      ),
    },
  ];
}
