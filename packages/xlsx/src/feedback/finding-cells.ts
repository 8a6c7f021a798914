import { cellKey, layoutAnnex, type Catalogue, type Finding } from "@phuluc/core";

const CODE_COLUMN = "C";

/**
 * Where each finding sits in a fresh template of the catalogue: the data
 * cell of its row and column, else the Mã số cell of its row. Findings about
 * the file or a whole annex have no cell. Addresses are the template's, not
 * the unit's file's (a hand-made workbook may have its table elsewhere).
 */
export function findingCell(
  catalogue: Catalogue,
  finding: Finding,
  cache: Map<string, ReadonlyMap<string, string>>,
): { sheet: string; address: string } | undefined {
  const { annex: code, row, column } = finding.path;
  if (!code || !row) return undefined;
  let cells = cache.get(code);
  if (!cells) {
    const annex = catalogue.annex(code);
    if (!annex) return undefined;
    cells = layoutAnnex(annex, { unitName: "", periodLabel: "" }).dataCells;
    cache.set(code, cells);
  }
  if (column !== undefined) {
    const address = cells.get(cellKey(row, column));
    if (address) return { sheet: code, address };
  }
  for (const [key, address] of cells) {
    if (key.startsWith(`${row}.`)) return { sheet: code, address: `${CODE_COLUMN}${address.replace(/^[A-Z]+/, "")}` };
  }
  return undefined;
}
