import { ioReason } from "./cli/usage-error.js";
import { drained } from "./io/drain.js";
import { nodeIo } from "./io/io.js";
import { removePendingTemps } from "./io/temp-files.js";
import { EXIT, run } from "./run.js";

// The one place the process ends. Ctrl-C removes every temporary output
// file (outputs are only renamed into place when complete), so an
// interrupted run leaves nothing behind.
process.on("SIGINT", () => {
  removePendingTemps();
  process.stderr.write("\nĐã dừng theo yêu cầu (Ctrl-C); tệp kết quả dở dang (nếu có) đã được xóa.\n");
  process.exit(EXIT.interrupted);
});
// A reader that stops early (`phuluc validate … | head`) is not an error of the run;
// any other failure to write the results (a full disk) is, and is said.
let outFailed: unknown;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") outFailed ??= error;
});
process.stderr.on("error", () => undefined);

async function main(): Promise<void> {
  let code = await run(process.argv.slice(2), nodeIo());
  // Output through a pipe is only complete once the reader has taken it all.
  await drained(process.stdout);
  if (outFailed !== undefined) {
    process.stderr.write(`phuluc: lỗi: không ghi được kết quả ra đầu ra chuẩn: ${ioReason(outFailed)}.\nCách sửa: ghi kết quả ra ổ đĩa hoặc tệp khác.\n`);
    code = EXIT.usage;
  }
  process.exitCode = code;
  await drained(process.stderr);
  process.exit(code);
}

// A CommonJS bundle (its code cached between runs, see bin/phuluc.cjs): no top-level await.
void main();
