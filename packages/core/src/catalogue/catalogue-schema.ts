import * as z from "zod/mini";
import { annexSchema, unitKindSchema } from "../annex/annex-schema.js";
import { idSchema, isoDateSchema, textSchema } from "../units/registry-schema.js";
import { mappingSchema } from "./mapping-schema.js";

export const catalogueStatusSchema = z
  .enum(["official", "provisional"])
  .check(z.describe("official: mẫu đã ban hành; provisional: mẫu tạm, chờ Ban Tổ chức Trung ương xác nhận"));

export const catalogueVersionSchema = z
  .string()
  .check(
    z.regex(/^\d{4}\.\d+$/, { error: "phiên bản dạng NĂM.SỐ, ví dụ 2025.2" }),
    z.describe("Phiên bản của bộ biểu mẫu, ghi vào mọi biểu mẫu sinh ra, ví dụ 2022.1"),
  );

const header = {
  $schema: z.optional(z.string()).check(z.describe("Đường dẫn tới JSON Schema, cho trình soạn thảo gợi ý và kiểm tra")),
  id: idSchema.check(z.describe("Mã định danh của danh mục biểu mẫu, ví dụ btctw-2025")),
  version: catalogueVersionSchema,
  title: textSchema.check(z.describe("Tên danh mục biểu mẫu")),
  status: catalogueStatusSchema,
  note: z.optional(z.string()).check(z.describe("Ghi chú cho cán bộ Trung ương (nguồn, phần cần xác nhận)")),
  validFrom: z.nullable(isoDateSchema).check(z.describe("Ngày bắt đầu hiệu lực (YYYY-MM-DD), null: không giới hạn")),
  validTo: z.nullable(isoDateSchema).check(z.describe("Ngày hết hiệu lực (YYYY-MM-DD), null: không giới hạn")),
  unitKinds: z
    ._default(z.array(unitKindSchema).check(z.minLength(1)), ["province", "central"])
    .check(z.describe("Loại đơn vị báo cáo: province (tỉnh ủy, thành ủy), central (đảng ủy trực thuộc Trung ương)")),
  percentDecimals: z
    ._default(z.int().check(z.minimum(0), z.maximum(4)), 1)
    .check(
      z.describe(
        "Quy tắc chung về tỷ lệ %: mọi tỷ lệ (trên biểu, bảng tổng hợp, câu trích) ghi với số chữ số thập phân của biểu — ô tỷ lệ theo decimals.default của nó (khi vắng: số này); câu trích một tỷ lệ có trên biểu ghi như ô đó, tỷ lệ không có ô trên biểu ghi với số này",
      ),
    ),
  nationalNotes: z
    ._default(z.array(textSchema), [])
    .check(z.describe("Ghi chú in dưới mỗi bảng tổng hợp toàn quốc, cho người đọc ở Trung ương (sau dòng phạm vi số liệu); không phải hướng dẫn nhập số liệu")),
  predecessor: z
    .optional(z.string().check(z.regex(/^\d{4}\.\d+$/, { error: "phiên bản dạng NĂM.SỐ, ví dụ 2022.1" })))
    .check(z.describe("Phiên bản danh mục liền trước, ví dụ 2022.1")),
  mapping: mappingSchema,
};

/**
 * Shape of `catalogues/<version>/catalogue.json`: one document per catalogue,
 * the version once at the top. What spans annexes is checked by the loader.
 */
export const catalogueFileSchema = z
  .strictObject({ ...header, annexes: z.array(annexSchema).check(z.minLength(1), z.describe("Các phụ lục, theo thứ tự in")) })
  .check(z.describe("Danh mục biểu mẫu phụ lục thống kê (phuluc)"));

/** The same document with annexes left to `loadAnnex`, so each is parsed once. */
export const catalogueHeaderSchema = z.strictObject({ ...header, annexes: z.array(z.unknown()).check(z.minLength(1)) });

export type CatalogueFile = z.input<typeof catalogueFileSchema>;
export type CatalogueStatus = z.output<typeof catalogueStatusSchema>;
