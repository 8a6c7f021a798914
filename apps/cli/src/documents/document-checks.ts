// The schema checks (zod) of the documents a user gives: catalogue, registry
// and grouping files. Reached only through import(), so that a command given
// none of them never loads the schemas (the built-in ones are checked when
// @phuluc/core is built).
export { checkCatalogue, loadCatalogue, loadGrouping, loadRegistry } from "@phuluc/core/documents";
