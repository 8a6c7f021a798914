import catalogue2022File from "../../catalogues/2022.1/catalogue.json";
import catalogue2025File from "../../catalogues/2025.2/catalogue.json";
import checked from "./builtin-checked.json";
import type { Catalogue } from "./catalogue.js";
import { catalogueFromChecked } from "./checked-catalogue.js";
import { type PackedBuiltins, unpackBuiltin } from "./packed-builtins.js";

/** The 2022.1 catalogue document as shipped (`catalogues/2022.1/catalogue.json`). */
export const CATALOGUE_2022_1_DATA = catalogue2022File;
/** The 2025.2 catalogue document as shipped (`catalogues/2025.2/catalogue.json`), provisional. */
export const CATALOGUE_2025_2_DATA = catalogue2025File;

// The shipped documents are checked with the schema when the package is built
// (`pnpm --filter @phuluc/core builtins` writes builtin-checked.json; a test
// fails when it is stale) and built from that checked form once, on first use.
const forms = checked as unknown as PackedBuiltins;
let loaded2022: Catalogue | undefined;
let loaded2025: Catalogue | undefined;

/** Catalogue 2022.1 (nine annexes, periods ending until 30/6/2025), built on first use. */
export function catalogue2022(): Catalogue {
  loaded2022 ??= catalogueFromChecked(unpackBuiltin(forms, "2022.1"), false);
  return loaded2022;
}

/** Catalogue 2025.2 (two-tier local government, periods ending from 1/7/2025), provisional. */
export function catalogue2025(): Catalogue {
  loaded2025 ??= catalogueFromChecked(unpackBuiltin(forms, "2025.2"), false);
  return loaded2025;
}

/** The catalogues shipped with the library, oldest first. */
export function builtinCatalogues(): readonly Catalogue[] {
  return [catalogue2022(), catalogue2025()];
}

/** The shipped catalogue documents, oldest first, as in their JSON files. */
export function builtinCatalogueDocuments(): readonly unknown[] {
  return [catalogue2022File, catalogue2025File];
}
