import { resolve } from "node:path";
import { commandHelp, programHelp } from "./cli/help-text.js";
import { parseCommandLine } from "./cli/parse-command-line.js";
import { closest } from "./cli/suggest.js";
import type { CommandSpec, ParsedArgs } from "./cli/command-spec.js";
import { internalErrorMessage } from "./cli/internal-error-message.js";
import { IoError, UsageError } from "./cli/usage-error.js";
import { COMMANDS } from "./commands.js";
import { errorDetail, writeFaultLog } from "./io/fault-log.js";
import type { Io } from "./io/io.js";
import { VERSION } from "./version.js";

/**
 * Exit codes: 0 clean, 1 findings with errors, 2 wrong usage or a file that
 * cannot be read or written, 3 a fault of the program (not of any file).
 */
export const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3, interrupted: 130 } as const;

/**
 * A fault of the program: said to be ours, naming the file being processed;
 * the details go to a log next to the outputs (or in the working folder),
 * and on screen with --debug.
 */
async function reportFault(io: Io, error: unknown, command: CommandSpec | undefined, args: ParsedArgs | undefined): Promise<number> {
  // Imported here, not at the top: `--help` and usage errors load none of the core.
  const { InternalError } = await import("@phuluc/core");
  const file = error instanceof InternalError ? error.file : undefined;
  const detail = errorDetail(error);
  const folder = (command && args && command.outputFolder?.(args, io.cwd)) ?? io.cwd;
  const log = await writeFaultLog(folder, [
    {
      detail,
      ...(file === undefined ? {} : { file, path: resolve(io.cwd, file) }),
      ...(error instanceof InternalError && error.sha256 ? { sha256: error.sha256 } : {}),
    },
  ]);
  io.err(internalErrorMessage(file === undefined ? [] : [file], log, io.cwd, io.debug === true));
  if (io.debug || !log) io.err(`${detail}\n`);
  return EXIT.internal;
}

function printUsageError(io: Io, error: UsageError | IoError): void {
  io.err(`phuluc: lỗi: ${error.message}\n`);
  if (error.hint) io.err(`Cách sửa: ${error.hint}\n`);
  if (error instanceof UsageError && error.command === undefined) io.err("Xem các lệnh: phuluc --help\n");
}

/** Runs one command line; resolves to the exit code. Never exits the process itself. */
export async function run(argv: readonly string[], given: Io): Promise<number> {
  // --debug anywhere: a fault of the program is shown with its details.
  const debug = argv.includes("--debug");
  const io: Io = debug ? { ...given, debug } : given;
  const [name, ...rest] = argv.filter((a) => a !== "--debug");
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
  let args: ParsedArgs | undefined;
  try {
    if (!command) {
      const guess = closest(
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError(
        `không có lệnh "${name}".`,
        guess
          ? `Có phải ý bạn là "phuluc ${guess}"? Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}.`
          : `Các lệnh: ${COMMANDS.map((c) => c.name).join(", ")}.`,
      );
    }
    args = parseCommandLine(command, rest);
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
    return reportFault(io, error, command, args);
  }
}
