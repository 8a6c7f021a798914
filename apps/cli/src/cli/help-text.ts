import { COMMON_OPTIONS, type CommandSpec } from "./command-spec.js";

/** The help of one command, Vietnamese. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`phuluc ${spec.name} — ${spec.summary}`, "", "Cách dùng:"];
  for (const u of spec.usage) lines.push(`  phuluc ${spec.name} ${u}`);
  lines.push("", "Tùy chọn:");
  const entries = Object.entries({ ...spec.options, ...COMMON_OPTIONS });
  const left = entries.map(([name, o]) => `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "<giá trị>"}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  entries.forEach(([, o], i) => lines.push(`  ${(left[i] as string).padEnd(width)}${o.description}`));
  if (spec.examples.length > 0) {
    lines.push("", "Ví dụ:");
    for (const e of spec.examples) lines.push(`  ${e}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The help of the program. */
export function programHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `phuluc ${version} — phụ lục thống kê: tạo biểu mẫu, kiểm tra và tổng hợp số liệu của các đơn vị.`,
    "",
    "Cách dùng: phuluc <lệnh> [tùy chọn]",
    "",
    "Các lệnh:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Xem hướng dẫn của từng lệnh: phuluc <lệnh> --help",
    "Mã thoát: 0 không có lỗi · 1 có lỗi trong số liệu hoặc tệp · 2 sai cách gọi lệnh hoặc không đọc/ghi được tệp · 3 lỗi của chương trình (không phải của tệp).",
    "",
  ].join("\n");
}
