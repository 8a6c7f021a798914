import type { Io } from "../io/io.js";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Placeholder in the help text: `<thư mục>`. */
  value?: string;
  /** Vietnamese description for the help text. */
  description: string;
  /** An example value for error messages: `2022-Y`. */
  example?: string;
}

/** What parsing the command line gives a command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** One `phuluc` command: how it is called and what runs it. */
export interface CommandSpec {
  name: string;
  /** One line, Vietnamese. */
  summary: string;
  /** Usage lines after `phuluc <name> `. */
  usage: string[];
  /** Positional arguments: how many at least, and their name in messages. */
  positionals: { min: number; max?: number; name: string };
  options: Record<string, OptionSpec>;
  /** Examples for the help text. */
  examples: string[];
  /** Runs the command; resolves to the exit code. */
  execute(args: ParsedArgs, io: Io): Promise<number>;
  /** The folder the command writes to, if any: a fault's details are written there (else in the working folder). */
  outputFolder?(args: ParsedArgs, cwd: string): string | undefined;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h", description: "xem hướng dẫn của lệnh" },
  debug: { type: "boolean", description: "khi có lỗi chương trình: in chi tiết kỹ thuật ra màn hình" },
};

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
