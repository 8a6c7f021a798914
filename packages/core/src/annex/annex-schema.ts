import * as z from "zod/mini";
import { columnKindSchema } from "./column-kind.js";
import { ruleSchema } from "../rule/rule-schema.js";
import { plausibilitySchema } from "../plausibility/plausibility-schema.js";

const rowCode = z.string().check(z.regex(/^\d{2}$/, "mã số dòng phải gồm hai chữ số, ví dụ 01"));

/** Allowed written decimals of a percentage or decimal cell. */
const decimalCount = z.int().check(z.minimum(0), z.maximum(6));
export const decimalsSchema = z.object({ min: decimalCount, max: decimalCount, default: decimalCount }).check(
  z.refine((d) => d.min <= d.default && d.default <= d.max, {
    message: "số chữ số thập phân phải thỏa min ≤ default ≤ max",
  }),
);

export const columnSchema = z.strictObject({
  /** Printed number, `(1)`, `(2)` … */
  number: z.int().check(z.positive(), z.describe("Số thứ tự cột in trên biểu: (1), (2)…")),
  header: z.string().check(z.minLength(1), z.describe("Tên cột")),
  kind: columnKindSchema.check(z.describe("Loại ô: count (số đếm nguyên ≥ 0), percent (tỷ lệ %), decimal (số thập phân)")),
  /** Unit of measure printed under the header, e.g. `lượt`. */
  unit: z.optional(z.string().check(z.minLength(1))).check(z.describe("Đơn vị tính in dưới tên cột, ví dụ lượt")),
  decimals: z
    .optional(decimalsSchema)
    .check(
      z.describe("Số chữ số thập phân được ghi; khi vắng: percent {min 1, max 2, default percentDecimals của danh mục}, decimal {0, 6, 2}, count {0, 0, 0}"),
    ),
});

export const rowSchema = z.strictObject({
  code: rowCode.check(z.describe("Mã số của dòng: hai chữ số, ví dụ 01")),
  label: z.string().check(z.minLength(1), z.describe("Tên chỉ tiêu")),
  /** Indent level of the label: 0 for a total, 1 for a part, 2 for a part of a part. */
  level: z._default(z.int().check(z.minimum(0), z.maximum(3)), 0).check(z.describe("Cấp thụt lề: 0 tổng số, 1 trong đó, 2 chi tiết của chi tiết")),
  /** An optional row may be left empty; empty then counts as 0 in rules. */
  optional: z._default(z.boolean(), false).check(z.describe("Dòng được để trống; ô trống khi đó tính là 0")),
  /** Overrides the column's kind for this row (PL05 row 04 is a percentage). */
  kind: z.optional(columnKindSchema).check(z.describe("Loại ô của dòng, thay loại của cột (ví dụ dòng tỷ lệ %); khi vắng: theo cột")),
  /** Unit of measure for this row when the annex has one column. */
  unit: z.optional(z.string().check(z.minLength(1))).check(z.describe("Đơn vị tính của dòng khi biểu có một cột")),
  decimals: z.optional(decimalsSchema).check(z.describe("Số chữ số thập phân của dòng; khi vắng: theo cột")),
});

export const sectionSchema = z.strictObject({
  /** Section letter as printed (`A`, `B`), absent when the annex has one section. */
  code: z.optional(z.string().check(z.minLength(1))).check(z.describe("Chữ cái của phần (A, B); vắng khi biểu chỉ có một phần")),
  title: z.optional(z.string().check(z.minLength(1))).check(z.describe("Tên phần")),
  columns: z.array(columnSchema).check(z.minLength(1), z.describe("Các cột số liệu, đánh số (1), (2)…")),
  rows: z.array(rowSchema).check(z.minLength(1), z.describe("Các dòng chỉ tiêu theo Mã số")),
});

export const periodKindSchema = z.enum(["H1", "Y", "Q"]);
export const unitKindSchema = z.enum(["province", "central"]);

export const annexSchema = z.strictObject({
  code: z.string().check(z.regex(/^PL\d{2}$/, "mã phụ lục dạng PL01"), z.describe("Mã phụ lục, ví dụ PL01")),
  title: z.string().check(z.minLength(1), z.describe("Tên phụ lục")),
  /** English title for developers and the `en` locale. */
  titleEn: z.string().check(z.minLength(1), z.describe("Tên tiếng Anh (cho bản dịch en)")),
  /** Report periods in which the annex is due. */
  periods: z.array(periodKindSchema).check(z.minLength(1), z.describe("Kỳ báo cáo phải nộp: H1 (6 tháng đầu năm), Y (năm), Q (quý)")),
  /** Kinds of reporting unit that file the annex; all kinds when absent. */
  unitKinds: z
    .optional(z.array(unitKindSchema).check(z.minLength(1)))
    .check(z.describe("Loại đơn vị phải nộp (province, central); khi vắng: mọi loại đơn vị của danh mục")),
  /** Sentence printed under the title, e.g. whose cadres are counted. */
  note: z.optional(z.string().check(z.minLength(1))).check(z.describe("Ghi chú in dưới tên phụ lục")),
  sections: z.array(sectionSchema).check(z.minLength(1), z.describe("Các phần của phụ lục")),
  rules: z.array(ruleSchema).check(z.describe("Các quy tắc kiểm tra, viết bằng Mã số dòng (r01) và số cột (c2)")),
  plausibility: plausibilitySchema,
  /** Sentences national reports quote, see report/render-template.ts for placeholders. */
  sentences: z
    ._default(z.array(z.string().check(z.minLength(1))), [])
    .check(
      z.describe(
        "Câu trích trong báo cáo toàn quốc. Chỗ điền: {r01.c1} số liệu; {r09.c1+r10.c1} tổng của nhiều ô; {r01.c2/r01.c1} tỷ lệ %, với số chữ số thập phân của ô tỷ lệ cùng tử số và mẫu số trên biểu, khi không có: percentDecimals của danh mục; {r01.c2/r01.c1:2} hoặc {r04.c1:2} tỷ lệ % với số chữ số thập phân chọn riêng cho chỗ điền này; {r01.c1|change:tổ chức} hoặc {r09.c1+r10.c1|change:lượt} so sánh với kỳ trước; {behind:r03.c1:chi bộ} danh sách đơn vị chưa hoàn thành",
      ),
    ),
});

export type ColumnInput = z.input<typeof columnSchema>;
export type RowInput = z.input<typeof rowSchema>;
export type AnnexInput = z.input<typeof annexSchema>;
export type Column = z.output<typeof columnSchema>;
export type Row = z.output<typeof rowSchema>;
export type Section = z.output<typeof sectionSchema>;
export type PeriodKind = z.output<typeof periodKindSchema>;
export type UnitKind = z.output<typeof unitKindSchema>;
export type AnnexSchemaData = z.output<typeof annexSchema>;
