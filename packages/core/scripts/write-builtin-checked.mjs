// Writes src/catalogue/builtin-checked.json: the shipped catalogue documents as
// the schema reads them, so the package builds them at start-up without
// parsing them again (run after `pnpm build` when a catalogue.json changes).
// An annex the same as in an earlier catalogue is stored once (packBuiltins).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkedForm, loadCatalogue, packBuiltins } from "../dist/index.js";

const documents = ["2022.1", "2025.2"];
const forms = Object.fromEntries(
  documents.map((version) => {
    const json = JSON.parse(readFileSync(new URL(`../catalogues/${version}/catalogue.json`, import.meta.url), "utf8"));
    return [version, checkedForm(loadCatalogue(json))];
  }),
);
const out = fileURLToPath(new URL("../src/catalogue/builtin-checked.json", import.meta.url));
writeFileSync(out, `${JSON.stringify(packBuiltins(forms))}\n`);
console.log(`Đã ghi ${out}`);
