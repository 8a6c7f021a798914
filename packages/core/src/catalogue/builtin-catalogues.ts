import catalogue2022File from "../../catalogues/2022.1/catalogue.json";
import type { Catalogue } from "./catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";

/** The 2022.1 catalogue document as shipped (`catalogues/2022.1/catalogue.json`). */
export const CATALOGUE_2022_1_DATA = catalogue2022File;

let loaded2022: Catalogue | undefined;

/** Catalogue 2022.1 (nine annexes, until 30/6/2025), loaded and checked on first use. */
export function catalogue2022(): Catalogue {
  loaded2022 ??= loadCatalogue(catalogue2022File);
  return loaded2022;
}

/** The catalogues shipped with the library, oldest first. */
export function builtinCatalogues(): readonly Catalogue[] {
  return [catalogue2022()];
}
