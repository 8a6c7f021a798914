import type { AnnexSchemaData } from "../annex/annex-schema.js";
import { DEFAULT_PERCENT_DECIMALS } from "../annex/annex-index.js";
import { buildAnnex } from "../annex/build-annex.js";
import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import { assembleCatalogue, type CatalogueHeader } from "./assemble-catalogue.js";
import type { Catalogue } from "./catalogue.js";

/**
 * A catalogue document as the schema reads it (defaults filled in, text
 * trimmed), kept as plain JSON so that a shipped catalogue is built without
 * parsing it again at every start.
 */
export interface CheckedCatalogue {
  header: CatalogueHeader;
  annexes: { version: string; data: AnnexSchemaData }[];
}

/** The checked form of a loaded catalogue (what `catalogueFromChecked` builds it back from). */
export function checkedForm(catalogue: Catalogue): CheckedCatalogue {
  const { annexes, annex: _annex, ...header } = catalogue;
  return {
    header,
    annexes: annexes.map(({ version, index: _index, instances: _instances, derivedBy: _derivedBy, ...data }) => ({ version, data })),
  };
}

/**
 * Builds a catalogue from its checked form: lookups and rule expansion,
 * without the schema parse. With `check` (the default) also every check that
 * loadCatalogue makes after the parse, throwing SchemaError if the form does
 * not hold together; the shipped catalogues are built without, their forms
 * being checked by the tests.
 */
export function catalogueFromChecked(checked: CheckedCatalogue, check = true): Catalogue {
  const issues: SchemaIssue[] = [];
  const what = `Catalogue ${checked.header.version} is malformed`;
  const annexes = checked.annexes.map(({ version, data }, at) => ({
    annex: buildAnnex(data, version, what, { percentDecimals: checked.header.percentDecimals ?? DEFAULT_PERCENT_DECIMALS, check }),
    at,
  }));
  const catalogue = assembleCatalogue(checked.header, annexes, issues, check);
  if (issues.length > 0) throw new SchemaError(what, issues);
  return catalogue;
}
