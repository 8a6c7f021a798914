// Writes catalogues/catalogue.schema.json from the zod schema (run after `pnpm build`).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogueJsonSchema } from "../dist/index.js";

const out = fileURLToPath(new URL("../catalogues/catalogue.schema.json", import.meta.url));
writeFileSync(out, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
console.log(`Đã ghi ${out}`);
