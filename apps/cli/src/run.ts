import { commandHelp, programHelp } from "./cli/help-text.js";
import { parseCommandLine } from "./cli/parse-command-line.js";
import { closest } from "./cli/suggest.js";
import { IoError, UsageError } from "./cli/usage-error.js";
import { COMMANDS } from "./commands.js";
import type { Io } from "./io/io.js";
import { VERSION } from "./version.js";

/** Exit codes: 0 clean, 1 findings with errors, 2 wrong usage or a file that cannot be read or written. */
export const EXIT = { clean: 0, findings: 1, usage: 2, interrupted: 130 } as const;

function printUsageError(io: Io, error: UsageError | IoError): void {
  io.err(`phuluc: lỗi: ${error.message}\n`);
  if (error.hint) io.err(`Cách sửa: ${error.hint}\n`);
  if (error instanceof UsageError && error.command === undefined) io.err("Xem các lệnh: phuluc --help\n");
}

/** Runs one command line; resolves to the exit code. Never exits the process itself. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(programHelp(COMMANDS, VERSION));
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    io.out(topic ? commandHelp(topic) : programHelp(COMMANDS, VERSION));
    return EXIT.clean;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}\n`);
    return EXIT.clean;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const guess = closest(name, COMMANDS.map((c) => c.name));
      throw new UsageError(
        `không có lệnh "${name}".`,
        guess ? `Có phải ý bạn là "phuluc ${guess}"? Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}.` : `Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}.`,
      );
    }
    const args = parseCommandLine(command, rest);
    if (args.values["help"] === true) {
      io.out(commandHelp(command));
      return EXIT.clean;
    }
    return await command.execute(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof IoError) {
      printUsageError(io, error);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`phuluc: lỗi không mong đợi trong chương trình; hãy gửi nội dung dưới đây cho nhóm phát triển.\n${detail}\n`);
    return EXIT.usage;
  }
}
