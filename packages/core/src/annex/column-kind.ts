import * as z from "zod/mini";

/** How a cell is read: a whole count ≥ 0, a percentage, or a decimal. */
export const columnKindSchema = z.enum(["count", "percent", "decimal"]);
