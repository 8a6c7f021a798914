export { annexesDue, type Catalogue } from "./catalogue.js";
export { loadCatalogue, type CatalogueInput } from "./load-catalogue.js";
export { CATALOGUE_2022_1_DATA, catalogue2022 } from "./catalogue-2022-1.js";
