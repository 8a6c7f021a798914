import * as z from "zod/mini";

/** What a row or column of the predecessor catalogue became in this one. */
export const successionKindSchema = z
  .enum(["same", "renamed", "merged", "split", "none"])
  .check(
    z.describe(
      "same: giữ nguyên (cùng mã số, cùng nội dung); renamed: đổi tên hoặc đổi mã số, cùng nội dung (to: một dòng/cột); merged: gộp vào một dòng/cột cùng với dòng/cột khác (to: một); split: tách thành nhiều dòng/cột (to: từ hai); none: không còn chỉ tiêu tương ứng",
    ),
  );

const rowCode = z.string().check(z.regex(/^\d{2}$/, "mã số dòng phải gồm hai chữ số, ví dụ 01"));

/**
 * One row or one column of the predecessor's annex and what it became.
 * A predecessor row not listed is the same row: same Mã số, same label.
 */
export const mappingEntrySchema = z
  .strictObject({
    annex: z.string().check(z.regex(/^PL\d{2}$/, "mã phụ lục dạng PL01"), z.describe("Phụ lục của danh mục liền trước, ví dụ PL02")),
    row: z.optional(rowCode).check(z.describe("Mã số dòng của danh mục liền trước (ghi row hoặc column)")),
    column: z.optional(z.int().check(z.positive())).check(z.describe("Số cột của danh mục liền trước (ghi row hoặc column)")),
    became: successionKindSchema,
    to: z
      ._default(z.array(z.union([rowCode, z.int().check(z.positive())])), [])
      .check(z.describe("Dòng (mã số) hoặc cột (số) của danh mục này mà chỉ tiêu trở thành; khi vắng: không có (none) hoặc cùng mã (same)")),
    note: z.optional(z.string().check(z.minLength(1))).check(z.describe("Ghi chú cho cán bộ Trung ương")),
  })
  .check(z.describe("Một dòng hoặc cột của danh mục liền trước và chỉ tiêu nó trở thành"));

export const mappingSchema = z
  ._default(z.array(mappingEntrySchema), [])
  .check(
    z.describe(
      "Đối chiếu với danh mục liền trước (predecessor): mỗi dòng, cột đã đổi. Dòng, cột không ghi ở đây là giữ nguyên (cùng mã số, cùng tên chỉ tiêu); dùng khi so sánh với kỳ trước thuộc danh mục cũ",
    ),
  );

export type MappingEntry = z.output<typeof mappingEntrySchema>;
export type SuccessionKind = z.output<typeof successionKindSchema>;
