import { z } from "zod";
import { annexSchema, unitKindSchema } from "../annex/annex-schema.js";
import { idSchema, isoDateSchema, textSchema } from "../units/registry-schema.js";

export const catalogueStatusSchema = z
  .enum(["official", "provisional"])
  .describe("official: mẫu đã ban hành; provisional: mẫu tạm, chờ Ban Tổ chức Trung ương xác nhận");

export const catalogueVersionSchema = z
  .string()
  .regex(/^\d{4}\.\d+$/, { error: "phiên bản dạng NĂM.SỐ, ví dụ 2025.2" })
  .describe("Phiên bản của bộ biểu mẫu, ghi vào mọi biểu mẫu sinh ra, ví dụ 2022.1");

const header = {
  $schema: z.string().optional().describe("Đường dẫn tới JSON Schema, cho trình soạn thảo gợi ý và kiểm tra"),
  id: idSchema.describe("Mã định danh của danh mục biểu mẫu, ví dụ btctw-2025"),
  version: catalogueVersionSchema,
  title: textSchema.describe("Tên danh mục biểu mẫu"),
  status: catalogueStatusSchema,
  note: z.string().optional().describe("Ghi chú cho cán bộ Trung ương (nguồn, phần cần xác nhận)"),
  validFrom: isoDateSchema.nullable().describe("Ngày bắt đầu hiệu lực (YYYY-MM-DD), null: không giới hạn"),
  validTo: isoDateSchema.nullable().describe("Ngày hết hiệu lực (YYYY-MM-DD), null: không giới hạn"),
  unitKinds: z
    .array(unitKindSchema)
    .min(1)
    .default(["province", "central"])
    .describe("Loại đơn vị báo cáo: province (tỉnh ủy, thành ủy), central (đảng ủy trực thuộc Trung ương)"),
  predecessor: z
    .string()
    .regex(/^\d{4}\.\d+$/, { error: "phiên bản dạng NĂM.SỐ, ví dụ 2022.1" })
    .optional()
    .describe("Phiên bản danh mục liền trước, ví dụ 2022.1"),
};

/**
 * Shape of `catalogues/<version>/catalogue.json`: one document per catalogue,
 * the version once at the top. What spans annexes is checked by the loader.
 */
export const catalogueFileSchema = z
  .strictObject({ ...header, annexes: z.array(annexSchema).min(1).describe("Các phụ lục, theo thứ tự in") })
  .describe("Danh mục biểu mẫu phụ lục thống kê (phuluc)");

/** The same document with annexes left to `loadAnnex`, so each is parsed once. */
export const catalogueHeaderSchema = z.strictObject({ ...header, annexes: z.array(z.unknown()).min(1) });

export type CatalogueFile = z.input<typeof catalogueFileSchema>;
export type CatalogueStatus = z.output<typeof catalogueStatusSchema>;
