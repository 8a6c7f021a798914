import * as z from "zod/mini";
import { catalogueFileSchema } from "./catalogue-schema.js";

/**
 * The JSON Schema of a catalogue document, as shipped in
 * `catalogues/catalogue.schema.json` for editors. Input side: fields with a
 * default are optional and the default is documented.
 */
export function catalogueJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogueFileSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
