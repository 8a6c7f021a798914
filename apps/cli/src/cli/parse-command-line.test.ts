import { describe, expect, it } from "vitest";
import type { CommandSpec } from "./command-spec.js";
import { parseCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";

const spec: CommandSpec = {
  name: "consolidate",
  summary: "",
  usage: ["<thư mục> --period <kỳ>"],
  positionals: { min: 1, max: 1, name: "thư mục chứa các tệp phụ lục" },
  options: {
    period: { type: "string", example: "2022-Y", description: "" },
    quiet: { type: "boolean", description: "" },
    exclude: { type: "string", multiple: true, description: "" },
  },
  examples: [],
  execute: async () => 0,
};

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(spec, argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("parseCommandLine", () => {
  it("reads options and paths", () => {
    const args = parseCommandLine(spec, ["in", "--period", "2022-Y", "--quiet", "--exclude", "a", "--exclude=b"]);
    expect(args.positionals).toEqual(["in"]);
    expect(args.values).toMatchObject({ period: "2022-Y", quiet: true, exclude: ["a", "b"] });
  });

  it("names an unknown option and the closest known one, in Vietnamese", () => {
    const e = usageError(["in", "--perod", "2022-Y"]);
    expect(e.message).toBe("lệnh consolidate không có tùy chọn --perod.");
    expect(e.hint).toContain("--period");
  });

  it("says when an option lacks its value, with an example", () => {
    const e = usageError(["in", "--period"]);
    expect(e.message).toBe("tùy chọn --period cần một giá trị.");
    expect(e.hint).toContain("--period 2022-Y");
    expect(usageError(["in", "--period", "--quiet"]).message).toBe("tùy chọn --period cần một giá trị.");
  });

  it("refuses a value given to a switch and a repeated single option", () => {
    expect(usageError(["in", "--quiet=yes"]).message).toContain("không nhận giá trị");
    expect(usageError(["in", "--period", "2022-Y", "--period", "2021-Y"]).message).toContain("nhiều lần");
  });

  it("says what is missing or extra among the paths", () => {
    expect(usageError([]).message).toBe("thiếu thư mục chứa các tệp phụ lục.");
    const extra = usageError(["in", "period", "2022-Y"]);
    expect(extra.message).toContain("thừa đối số");
    expect(extra.hint).toContain("--period");
  });

  it("lets --help through without the required paths", () => {
    expect(parseCommandLine(spec, ["--help"]).values["help"]).toBe(true);
  });
});
