import { parseArgs } from "node:util";
import { COMMON_OPTIONS, type CommandSpec, type OptionSpec, type ParsedArgs } from "./command-spec.js";
import { closest } from "./suggest.js";
import { UsageError } from "./usage-error.js";

function optionName(raw: string): string {
  return raw.replace(/^-+/, "").replace(/=.*$/, "");
}

/**
 * Parses a command's arguments with Node's parseArgs, then checks them
 * itself so every mistake is explained in Vietnamese with the fix: an
 * unknown option (with the closest known one), a missing value, a value
 * given to a switch, too few or too many paths.
 */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...spec.options };
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  );
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: false, tokens: true });
  const help = `phuluc ${spec.name} --help`;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const known = options[token.name];
    if (!known) {
      const guess = closest(token.name, Object.keys(options));
      throw new UsageError(
        `lệnh ${spec.name} không có tùy chọn ${token.rawName}.`,
        guess ? `Có phải ý bạn là --${guess}? Xem các tùy chọn: ${help}` : `Xem các tùy chọn: ${help}`,
        spec.name,
      );
    }
    if (known.type === "string" && (token.value === undefined || (token.inlineValue !== true && token.value.startsWith("-") && token.value.length > 1))) {
      throw new UsageError(
        `tùy chọn --${token.name} cần một giá trị.`,
        `Ghi giá trị ngay sau tùy chọn, ví dụ: --${token.name} ${known.example ?? known.value ?? "<giá trị>"}`,
        spec.name,
      );
    }
    if (known.type === "boolean" && token.inlineValue) {
      throw new UsageError(
        `tùy chọn --${token.name} không nhận giá trị (chỉ cần ghi --${token.name}).`,
        `Bỏ phần "=${token.value ?? ""}" sau --${token.name}.`,
        spec.name,
      );
    }
    if (known.type === "string" && !known.multiple && tokens.filter((t) => t.kind === "option" && t.name === token.name).length > 1) {
      throw new UsageError(`tùy chọn --${token.name} được ghi nhiều lần.`, `Chỉ ghi --${token.name} một lần.`, spec.name);
    }
  }
  if (values["help"] === true) return { values: values as ParsedArgs["values"], positionals };
  const { min, max, name } = spec.positionals;
  if (positionals.length < min) {
    throw new UsageError(`thiếu ${name}.`, `Cách dùng: ${spec.usage.map((u) => `phuluc ${spec.name} ${u}`).join(" hoặc ")}`, spec.name);
  }
  if (max !== undefined && positionals.length > max) {
    const extra = positionals.slice(max);
    const looksLikeOption = extra.find((p) => /^[a-z-]{3,}$/.test(p) && options[optionName(p)]);
    throw new UsageError(
      max === 0
        ? `lệnh ${spec.name} không nhận đường dẫn, nhưng có thêm: ${extra.join(" ")}.`
        : `thừa đối số: ${extra.join(" ")} (lệnh ${spec.name} chỉ nhận ${max} ${name}).`,
      looksLikeOption
        ? `Có phải ý bạn là --${looksLikeOption}? Tùy chọn bắt đầu bằng hai dấu gạch ngang.`
        : `Đường dẫn có dấu cách thì đặt trong ngoặc kép. Xem: ${help}`,
      spec.name,
    );
  }
  return { values: values as ParsedArgs["values"], positionals };
}
