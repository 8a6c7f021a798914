import * as z from "zod/mini";
import { isIsoDate } from "../periods/index.js";

/** Non-empty text; surrounding spaces are dropped. */
export const textSchema = z.string().check(z.trim(), z.minLength(1));

export const isoDateSchema = z.string().check(z.refine(isIsoDate, { error: "phải là ngày có thật, dạng YYYY-MM-DD (ví dụ 2025-06-30)" }));

export const idSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: "mã định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ vn-2025)",
  }),
);

export const unitCodeSchema = z.string().check(
  z.regex(/^[0-9A-Z][0-9A-Z-]*$/, {
    error: "mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (ví dụ 01, TW-CA)",
  }),
);

export const predecessorSchema = z.strictObject({
  registry: idSchema,
  code: unitCodeSchema,
});

export const unitSchema = z.strictObject({
  code: unitCodeSchema,
  name: textSchema,
  officialName: textSchema,
  kind: z.enum(["province", "central"]),
  aliases: z.optional(z.array(textSchema)),
  groups: z.optional(z.array(unitCodeSchema)),
  predecessors: z.optional(z.array(predecessorSchema)),
});

export const groupSchema = z.strictObject({
  code: unitCodeSchema,
  name: textSchema,
  units: z.array(unitCodeSchema),
});

export const groupingSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  groups: z.array(groupSchema).check(z.minLength(1)),
});

/** Shape of `data/units/registry-*.json`. Cross-references are checked in `registry-checks.ts`. */
export const registryFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  title: textSchema,
  validFrom: z.nullable(isoDateSchema),
  validTo: z.nullable(isoDateSchema),
  note: z.optional(z.string()),
  units: z.array(unitSchema).check(z.minLength(1)),
  groupings: z.array(groupingSchema).check(z.minLength(1)),
});

export type RegistryFile = z.output<typeof registryFileSchema>;
