import { stat } from "node:fs/promises";
import { UsageError } from "../cli/usage-error.js";
import { isInside, displayPath } from "./paths.js";

/** An example file name for an output option, for the "Cách sửa" line. */
function exampleName(option: string): string {
  return option === "--json" ? "bao-cao.json" : option === "--tidy" ? "so-lieu.csv" : "tong-hop.xlsx";
}

/**
 * Refuses an output path inside the folder being read, unless that part of
 * the folder is excluded from reading: the next run would read the output
 * as an input. Refuses an output that is a folder.
 */
export async function checkOutputPath(output: string, option: string, input: string, exclude: readonly string[], command: string, cwd: string): Promise<void> {
  if (isInside(output, input) && !exclude.some((e) => isInside(output, e))) {
    throw new UsageError(
      `tệp kết quả "${displayPath(output, cwd)}" (${option}) nằm trong thư mục đang đọc "${displayPath(input, cwd)}".`,
      `Ghi ra thư mục khác, ví dụ ${option} out/${exampleName(option)}; hoặc loại thư mục con chứa tệp kết quả khỏi việc đọc bằng --exclude <thư mục con>.`,
      command,
    );
  }
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new UsageError(`"${displayPath(output, cwd)}" (${option}) là thư mục; cần đường dẫn tệp.`, `Ví dụ: ${option} ${displayPath(output, cwd)}/${exampleName(option)}`, command);
  }
}
