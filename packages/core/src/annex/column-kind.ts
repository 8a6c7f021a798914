import { z } from "zod";

/** How a cell is read: a whole count ≥ 0, a percentage, or a decimal. */
export const columnKindSchema = z.enum(["count", "percent", "decimal"]);
