import { describe, expect, it } from "vitest";
import { memoryIo } from "./io.js";
import { createProgress, progressMode } from "./progress.js";

describe("progress", () => {
  it("prints plain lines when piped: the step, then each tenth", () => {
    const io = memoryIo();
    const p = createProgress(io, progressMode(io, false));
    p.step("Đọc và kiểm tra 20 tệp", 20);
    for (let i = 1; i <= 20; i++) p.tick(i);
    p.done();
    const lines = io.stderr().trim().split("\n");
    expect(lines[0]).toBe("Đọc và kiểm tra 20 tệp…");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe("  20/20");
  });

  it("draws a bar in place on a terminal", () => {
    const io = memoryIo({ errIsTTY: true });
    const p = createProgress(io, progressMode(io, false));
    p.step("Đọc", 4);
    p.tick(4);
    p.done();
    expect(io.stderr()).toContain("\r");
    expect(io.stderr()).toContain("4/4");
    expect(io.stderr().endsWith("\n")).toBe(true);
  });

  it("prints nothing with --quiet", () => {
    const io = memoryIo({ errIsTTY: true });
    const p = createProgress(io, progressMode(io, true));
    p.step("Đọc", 2);
    p.tick(2);
    p.done();
    expect(io.stderr()).toBe("");
  });
});
