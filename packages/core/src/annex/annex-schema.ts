import { z } from "zod";
import { columnKindSchema } from "./column-kind.js";
import { ruleSchema } from "../rule/rule-schema.js";

const rowCode = z.string().regex(/^\d{2}$/, "row code (Mã số) must be two digits such as 01");

/** Allowed written decimals of a percentage or decimal cell. */
export const decimalsSchema = z
  .object({
    min: z.number().int().min(0).max(6),
    max: z.number().int().min(0).max(6),
    default: z.number().int().min(0).max(6),
  })
  .refine((d) => d.min <= d.default && d.default <= d.max, {
    message: "decimals must satisfy min ≤ default ≤ max",
  });

export const columnSchema = z.object({
  /** Printed number, `(1)`, `(2)` … */
  number: z.number().int().positive(),
  header: z.string().min(1),
  kind: columnKindSchema,
  /** Unit of measure printed under the header, e.g. `lượt`. */
  unit: z.string().min(1).optional(),
  decimals: decimalsSchema.optional(),
});

export const rowSchema = z.object({
  code: rowCode,
  label: z.string().min(1),
  /** Indent level of the label: 0 for a total, 1 for a part, 2 for a part of a part. */
  level: z.number().int().min(0).max(3).default(0),
  /** An optional row may be left empty; empty then counts as 0 in rules. */
  optional: z.boolean().default(false),
  /** Overrides the column's kind for this row (PL05 row 04 is a percentage). */
  kind: columnKindSchema.optional(),
  /** Unit of measure for this row when the annex has one column. */
  unit: z.string().min(1).optional(),
  decimals: decimalsSchema.optional(),
});

export const sectionSchema = z.object({
  /** Section letter as printed (`A`, `B`), absent when the annex has one section. */
  code: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  columns: z.array(columnSchema).min(1),
  rows: z.array(rowSchema).min(1),
});

export const periodKindSchema = z.enum(["H1", "Y", "Q"]);
export const unitKindSchema = z.enum(["province", "central"]);

export const annexSchema = z.object({
  code: z.string().regex(/^PL\d{2}$/, "annex code must look like PL01"),
  title: z.string().min(1),
  /** English title for developers and the `en` locale. */
  titleEn: z.string().min(1),
  version: z.string().min(1),
  /** Report periods in which the annex is due. */
  periods: z.array(periodKindSchema).min(1),
  /** Kinds of reporting unit that file the annex; all kinds when absent. */
  unitKinds: z.array(unitKindSchema).min(1).optional(),
  /** Sentence printed under the title, e.g. whose cadres are counted. */
  note: z.string().min(1).optional(),
  sections: z.array(sectionSchema).min(1),
  rules: z.array(ruleSchema),
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
