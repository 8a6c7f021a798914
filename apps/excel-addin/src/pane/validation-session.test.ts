import { TEMPLATE_ID, builtinRegistries, catalogue2022, sampleSubmission, type Submission } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { ExcelPort } from "../excel-port.js";
import { gridsFor } from "../test-support/annex-grids.js";
import type { AnnexPlan } from "../workbook/annex-plan.js";
import type { AnnexRead } from "../workbook/annex-read.js";
import { annexWorkbook } from "../workbook/annex-workbook.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import { ValidationSession } from "./validation-session.js";

const catalogue = catalogue2022();
const meta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "Tỉnh ủy Quảng Ngãi", period: "2022-Y", generatedAt: "" };
const resolved = annexWorkbook(meta, catalogue, builtinRegistries());
if (!("workbook" in resolved)) throw new Error("workbook");
const workbook = resolved.workbook;

/** A port over figures in memory, recording what the session asks for. */
function fakePort(figures: { current: Submission }, failPaints = 0, fault?: Error) {
  const calls = { reads: [] as string[][], paints: [] as SheetPaint[][] };
  let failures = failPaints;
  const port: Partial<ExcelPort> = {
    readAnnexes: async (plans: readonly AnnexPlan[]): Promise<AnnexRead[]> => {
      calls.reads.push(plans.map((p) => p.code));
      return plans.map((p) => ({ code: p.code, sheet: p.sheet, found: true, ...gridsFor(p, figures.current), protection: { protected: true, options: {} } }));
    },
    paint: async (paints: readonly SheetPaint[]) => {
      calls.paints.push([...paints]);
      if (fault) throw fault;
      if (failures > 0) {
        failures--;
        return { refused: paints.map((p) => p.sheet) };
      }
      return { refused: [] };
    },
  };
  return { port: port as ExcelPort, calls };
}

const sample = (edit?: (s: Submission) => void): Submission => {
  const s = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
  edit?.(s);
  return s;
};
const wrongPct = (s: Submission): void => {
  const c = s.annexes.PL01?.cells["01.3"];
  if (c) c.value = 45.6;
};

describe("ValidationSession", () => {
  it("reads everything once and repaints everything on a full check", async () => {
    const figures = { current: sample(wrongPct) };
    const { port, calls } = fakePort(figures);
    const results: number[] = [];
    const session = new ValidationSession(port, workbook, catalogue, {
      result: (r) => results.push(r.errors),
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    expect(calls.reads).toEqual([workbook.plans.map((p) => p.code)]);
    expect(calls.paints).toHaveLength(1);
    expect(calls.paints[0]?.map((p) => p.sheet)).toEqual(workbook.plans.map((p) => p.sheet));
    expect(results).toEqual([1]);
  });

  it("does nothing more than a read when the figures did not change", async () => {
    const figures = { current: sample() };
    const { port, calls } = fakePort(figures);
    let events = 0;
    const session = new ValidationSession(port, workbook, catalogue, {
      result: () => events++,
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    await session.refresh(new Set(["PL01"]));
    expect(calls.reads).toHaveLength(2);
    expect(calls.paints).toHaveLength(1);
    expect(events).toBe(1);
  });

  it("repaints only the sheet whose marks changed after an edit", async () => {
    const figures = { current: sample() };
    const { port, calls } = fakePort(figures);
    const session = new ValidationSession(port, workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    figures.current = sample(wrongPct);
    await session.refresh(new Set(["PL01"]));
    expect(calls.reads[1]).toEqual(["PL01"]);
    expect(calls.paints[1]?.map((p) => p.sheet)).toEqual(["PL01"]);
    expect(calls.paints[1]?.[0]?.mark.error).toEqual(["F10"]);
  });

  it("when painting is refused, re-reads every sheet once and retries, then says so", async () => {
    const figures = { current: sample() };
    const { port, calls } = fakePort(figures, 1);
    let failed = 0;
    const session = new ValidationSession(port, workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => failed++,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    expect(failed).toBe(1);
    figures.current = sample(wrongPct);
    const again = fakePort(figures, 2);
    const retry = new ValidationSession(again.port, workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => failed++,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await retry.full();
    figures.current = sample();
    await retry.refresh(new Set(["PL01"]));
    expect(again.calls.reads.map((r) => r.length)).toEqual([9, 1, 9]);
    expect(failed).toBe(2);
    expect(calls.paints).toHaveLength(1);
  });

  it("on a host whose writes clear undo, an edit updates the findings but draws no mark until a full check", async () => {
    const figures = { current: sample() };
    const { port, calls } = fakePort(figures);
    const results: number[] = [];
    const pending: boolean[] = [];
    const events = {
      result: (r: { errors: number }) => results.push(r.errors),
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
      marksPending: (p: boolean) => pending.push(p),
    };
    const session = new ValidationSession(port, workbook, catalogue, events, { paintOnEdit: false });
    await session.full();
    figures.current = sample(wrongPct);
    await session.refresh(new Set(["PL01"]));
    expect(results).toEqual([0, 1]);
    expect(calls.paints).toHaveLength(1);
    expect(pending).toEqual([false, true]);
    await session.full();
    expect(calls.paints).toHaveLength(2);
    expect(calls.paints[1]?.find((p) => p.sheet === "PL01")?.mark.error).toEqual(["F10"]);
    expect(pending).toEqual([false, true, false]);
  });

  it("a painting failure that is not protection is reported as a fault, not as a locked sheet", async () => {
    const figures = { current: sample(wrongPct) };
    const bug = new TypeError("Cannot read properties of undefined (reading 'format')");
    const { port } = fakePort(figures, 0, bug);
    const faults: unknown[] = [];
    let locked = 0;
    const session = new ValidationSession(port, workbook, catalogue, { result: () => undefined, paintFailed: () => locked++, fault: (e) => faults.push(e) });
    const result = await session.full();
    expect(result.errors).toBe(1);
    expect(faults).toEqual([bug]);
    expect(locked).toBe(0);
  });
});
