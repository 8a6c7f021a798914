import { copyFileSync, cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { formatFinding, type FindingCode } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { FIXTURES, phuluc, tempDir } from "./run-built.js";

/** The reader's message for the file (its own wording is pinned where it is made). */
const readMessage = (code: FindingCode) => formatFinding({ code, severity: "error", path: {}, params: {} }, { withoutFile: true });

describe("a unit's file that cannot be read is that unit's (the built command)", () => {
  it("counts Bình Thuận (.xls) and Bạc Liêu (encrypted) as received but unreadable, never as not sent", async () => {
    const out = tempDir("unread");
    const input = join(out, "2022-Y");
    cpSync(join(FIXTURES, "2022-Y"), input, { recursive: true });
    rmSync(join(input, "60-binh-thuan.xlsx"));
    copyFileSync(join(FIXTURES, "bad/excel-97-2003.xls"), join(input, "60-binh-thuan.xls"));
    copyFileSync(join(FIXTURES, "bad/co-mat-khau.xlsx"), join(input, "95-bac-lieu.xlsx"));
    const ran = await phuluc(["consolidate", input, "--period", "2022-Y", "--out", join(out, "n.xlsx"), "--json", join(out, "r.json"), "--quiet"]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain("Đơn vị: phải nộp 67 · đã nhận 67 · đã tổng hợp 62 · không tổng hợp 5 (trong đó không đọc được 2) · chưa nộp 0");
    expect(ran.stdout).not.toContain("Chưa nộp (");
    expect(ran.stdout).toContain(
      "Đã nộp nhưng không đọc được (2):\n" +
        `  Bình Thuận — 60-binh-thuan.xls: ${readMessage("file.legacy_xls")}\n` +
        `  Bạc Liêu — 95-bac-lieu.xlsx: ${readMessage("file.encrypted")}\n`,
    );
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    const sentences = report.sentences.map((s) => s.text);
    expect(sentences).toContain("Chưa nhận được báo cáo hợp lệ của 2 đơn vị (đã gửi tệp nhưng không đọc được): Bình Thuận, Bạc Liêu.");
    expect(sentences.some((t) => t.startsWith("Chưa nhận được báo cáo của"))).toBe(false);
    expect(report.units.find((u) => u.code === "60")).toMatchObject({ status: "excluded", reason: "unreadable", file: "60-binh-thuan.xls" });
    expect(report.files.find((f) => f.file === "95-bac-lieu.xlsx")).toMatchObject({ status: "unreadable", unit: "95" });
    expect(report.coverage).toEqual({ expected: 67, received: 67, included: 62, excluded: 5, unreadable: 2, missing: 0 });
  });
});
