import type { HostInfo } from "../excel-port.js";

/** Waits for Office.js and says what the host can do. */
export async function officeHost(): Promise<HostInfo> {
  const info = await Office.onReady();
  const excel = info.host === Office.HostType.Excel;
  const requirements = Office.context?.requirements;
  const supported = (set: string, version: string): boolean => Boolean(requirements?.isSetSupported(set, version));
  return {
    excel,
    apiSupported: excel && supported("ExcelApi", "1.9"),
    ownEventsTagged: excel && supported("ExcelApi", "1.14"),
    fileApi: supported("File", "1.1") && supported("CompressedFile", "1.1"),
    writesKeepUndo: excel && supported("ExcelApi", "1.20"),
    platform: String(info.platform ?? Office.context?.platform ?? ""),
  };
}
