import ExcelJS from "exceljs";

/**
 * Everything a reader sees of a workbook, as exceljs reads it back: each
 * sheet's name, order, state, tab colour, views, page setup (print titles,
 * margins), protection, filter, column widths, row heights, merges, and
 * every cell's value (formula and result) and full style; the defined names.
 */
export async function workbookLook(bytes: Uint8Array): Promise<{ properties: unknown; definedNames: unknown; sheets: Record<string, unknown>[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        const { font, fill, border, alignment, numFmt, protection } = cell.style;
        cells.push({
          address: cell.address,
          value: cell.value,
          type: cell.type,
          style: { font, fill, border, alignment, numFmt, protection },
          validation: cell.dataValidation,
          master: cell.isMerged ? cell.master.address : undefined,
        });
      }
      rows.push({ row: r, height: row.height, customHeight: (row as unknown as { customHeight?: boolean }).customHeight, cells });
    }
    return {
      name: ws.name,
      state: ws.state,
      tabColor: ws.properties.tabColor,
      views: ws.views,
      pageSetup: ws.pageSetup,
      protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection,
      autoFilter: ws.autoFilter,
      widths: (ws.columns ?? []).map((c) => c.width),
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      dimensions: (ws.dimensions as unknown as { model: unknown }).model,
      rows,
    };
  });
  const { creator, lastModifiedBy, created, modified, title, subject, keywords, category, description, company, manager } = wb;
  const properties = { creator, lastModifiedBy, created, modified, title, subject, keywords, category, description, company, manager, calc: wb.calcProperties };
  return { properties, definedNames: wb.definedNames.model, sheets };
}
