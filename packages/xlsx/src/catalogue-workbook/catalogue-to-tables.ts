import { HEADER_FIELDS, LIST_SEPARATOR, SHEETS, type CatalogueTable, type SheetKey, type TableValue } from "./catalogue-sheets.js";

type Json = Record<string, unknown>;

function cellOf(value: unknown): TableValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function rowOf(key: SheetKey, fields: Json): TableValue[] {
  return SHEETS[key].columns.map((column) => {
    if (column.startsWith("decimals.")) {
      const decimals = fields.decimals as Json | undefined;
      return cellOf(decimals?.[column.slice("decimals.".length)]);
    }
    return cellOf(fields[column]);
  });
}

/**
 * A catalogue document as the tables of its workbook (see catalogue-sheets.ts).
 * The document is one that loads (`checkCatalogue` first); fields it leaves
 * out stay empty cells, so reading the tables back gives the same document.
 */
export function catalogueToTables(document: unknown): CatalogueTable[] {
  const doc = document as Json;
  const tables: Record<SheetKey, TableValue[][]> = {
    catalogue: [],
    nationalNotes: [],
    annexes: [],
    sections: [],
    rows: [],
    columns: [],
    rules: [],
    plausibility: [],
    sentences: [],
    mapping: [],
  };
  for (const field of HEADER_FIELDS) {
    if (field in doc) tables.catalogue.push([field, cellOf(doc[field])]);
  }
  for (const text of (doc.nationalNotes as string[] | undefined) ?? []) tables.nationalNotes.push([text]);
  for (const entry of (doc.mapping as Json[] | undefined) ?? []) tables.mapping.push(rowOf("mapping", entry));
  for (const annex of (doc.annexes as Json[] | undefined) ?? []) {
    const code = annex.code as string;
    tables.annexes.push(rowOf("annexes", { ...annex, annex: code }));
    ((annex.sections as Json[] | undefined) ?? []).forEach((section, i) => {
      tables.sections.push(rowOf("sections", { ...section, annex: code, section: i + 1 }));
      for (const row of (section.rows as Json[] | undefined) ?? []) tables.rows.push(rowOf("rows", { ...row, annex: code, section: i + 1 }));
      for (const column of (section.columns as Json[] | undefined) ?? []) tables.columns.push(rowOf("columns", { ...column, annex: code, section: i + 1 }));
    });
    for (const rule of (annex.rules as Json[] | undefined) ?? []) tables.rules.push(rowOf("rules", { ...rule, annex: code }));
    for (const check of (annex.plausibility as Json[] | undefined) ?? []) tables.plausibility.push(rowOf("plausibility", { ...check, annex: code }));
    for (const text of (annex.sentences as string[] | undefined) ?? []) tables.sentences.push([code, text]);
  }
  return (Object.keys(SHEETS) as SheetKey[]).map((key) => ({ key, rows: tables[key] }));
}
