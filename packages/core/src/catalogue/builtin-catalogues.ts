import catalogue2022File from "../../catalogues/2022.1/catalogue.json";
import catalogue2025File from "../../catalogues/2025.2/catalogue.json";
import type { Catalogue } from "./catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";

/** The 2022.1 catalogue document as shipped (`catalogues/2022.1/catalogue.json`). */
export const CATALOGUE_2022_1_DATA = catalogue2022File;
/** The 2025.2 catalogue document as shipped (`catalogues/2025.2/catalogue.json`), provisional. */
export const CATALOGUE_2025_2_DATA = catalogue2025File;

// Built-in documents are checked by the tests and loaded once, on first use.
let loaded2022: Catalogue | undefined;
let loaded2025: Catalogue | undefined;

/** Catalogue 2022.1 (nine annexes, periods ending until 30/6/2025), loaded and checked on first use. */
export function catalogue2022(): Catalogue {
  loaded2022 ??= loadCatalogue(catalogue2022File);
  return loaded2022;
}

/** Catalogue 2025.2 (two-tier local government, periods ending from 1/7/2025), provisional. */
export function catalogue2025(): Catalogue {
  loaded2025 ??= loadCatalogue(catalogue2025File);
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
