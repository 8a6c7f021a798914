import { z } from "zod";
import { isIsoDate } from "../periods/index.js";

/** Non-empty text; surrounding spaces are dropped. */
export const textSchema = z.string().trim().min(1);

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: "phải là ngày có thật, dạng YYYY-MM-DD (ví dụ 2025-06-30)" });

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: "mã định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ vn-2025)",
});

export const unitCodeSchema = z.string().regex(/^[0-9A-Z][0-9A-Z-]*$/, {
  error: "mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (ví dụ 01, TW-CA)",
});

export const predecessorSchema = z.strictObject({
  registry: idSchema,
  code: unitCodeSchema,
});

export const unitSchema = z.strictObject({
  code: unitCodeSchema,
  name: textSchema,
  officialName: textSchema,
  kind: z.enum(["province", "central"]),
  aliases: z.array(textSchema).optional(),
  groups: z.array(unitCodeSchema).optional(),
  predecessors: z.array(predecessorSchema).optional(),
});

export const groupSchema = z.strictObject({
  code: unitCodeSchema,
  name: textSchema,
  units: z.array(unitCodeSchema),
});

export const groupingSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  groups: z.array(groupSchema).min(1),
});

/** Shape of `data/units/registry-*.json`. Cross-references are checked in `registry-checks.ts`. */
export const registryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  title: textSchema,
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  note: z.string().optional(),
  units: z.array(unitSchema).min(1),
  groupings: z.array(groupingSchema).min(1),
});

export type RegistryFile = z.infer<typeof registryFileSchema>;
