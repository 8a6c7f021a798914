import { z } from "zod";
import { idSchema, textSchema } from "./registry-schema.js";

/**
 * Shape of a custom grouping file made by central staff, e.g. the areas of
 * their regional conferences. Units are given by code or by name.
 */
export const groupingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  name: textSchema,
  /** Registry id the grouping is written for; checked when given. */
  registry: idSchema.optional(),
  note: z.string().optional(),
  groups: z
    .array(
      z.strictObject({
        code: textSchema.optional(),
        name: textSchema,
        units: z.array(textSchema).min(1),
      }),
    )
    .min(1),
});

export type GroupingFile = z.infer<typeof groupingFileSchema>;
