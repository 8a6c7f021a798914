/** Shows a cell: activates its sheet and selects it (Excel scrolls to it). One sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
