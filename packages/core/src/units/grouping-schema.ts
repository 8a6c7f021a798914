import * as z from "zod/mini";
import { idSchema, textSchema } from "./registry-schema.js";

/**
 * Shape of a custom grouping file made by central staff, e.g. the areas of
 * their regional conferences. Units are given by code or by name.
 */
export const groupingFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  name: textSchema,
  /** Registry id the grouping is written for; checked when given. */
  registry: z.optional(idSchema),
  note: z.optional(z.string()),
  groups: z
    .array(
      z.strictObject({
        code: z.optional(textSchema),
        name: textSchema,
        units: z.array(textSchema).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export type GroupingFile = z.output<typeof groupingFileSchema>;
