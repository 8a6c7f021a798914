/** An error the system gave for a file operation (it names the call and the system's code), as opposed to a fault of the program. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const e = error as { code?: unknown; syscall?: unknown } | null;
  return e !== null && typeof e === "object" && typeof e.code === "string" && typeof e.syscall === "string";
}
