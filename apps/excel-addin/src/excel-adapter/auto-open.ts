/**
 * Marks the workbook so the task pane opens with it next time (the
 * manifest's TaskpaneId is `Office.AutoShowTaskpaneWithDocument`).
 */
export function autoOpenWithDocument(): Promise<void> {
  return new Promise((resolve) => {
    const settings = Office.context.document.settings;
    settings.set("Office.AutoShowTaskpaneWithDocument", true);
    settings.saveAsync(() => resolve());
  });
}
