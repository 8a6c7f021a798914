import type { Catalogue, Justification, Submission, ValidationResult } from "@phuluc/core";
import type { ExcelPort } from "../excel-port.js";
import { checkWorkbook } from "../validation/check-workbook.js";
import type { AnnexRead, SheetProtection } from "../workbook/annex-read.js";
import type { AnnexWorkbook } from "../workbook/annex-workbook.js";
import { marksFor, paintDiff, type Marks } from "../workbook/highlight-plan.js";
import { justificationsFromRead, type JustificationSheetRead } from "../workbook/justification-read.js";
import { readFingerprint } from "../workbook/read-fingerprint.js";
import { submissionFromReads } from "../workbook/submission-from-read.js";

export interface SessionEvents {
  result(result: ValidationResult): void;
  /** These sheets' protection forbids formatting: they were left unmarked. */
  paintFailed(sheets: readonly string[]): void;
  /** Painting failed for a reason other than protection: a fault of the add-in. */
  fault(error: unknown): void;
  /** Marks were not redrawn after an edit (the host would lose the undo history); true until the next full check. */
  marksPending?(pending: boolean): void;
}

export interface SessionOptions {
  /** Repaint marks after the officer's edits (only where the host keeps undo across the add-in's writes). */
  paintOnEdit: boolean;
  /** The workbook has the sheet "Giải trình" (seen when it was opened): read it on full checks. */
  justifications?: boolean;
}

/**
 * Live validation of one annex workbook. Keeps the last read of each annex,
 * re-reads only what changed, validates everything (cross-annex rules need
 * all of it) with core, and repaints only the cells whose mark changed.
 * Runs never overlap: each waits for the one before.
 */
export class ValidationSession {
  private readonly reads = new Map<string, AnnexRead>();
  private readonly prints = new Map<string, string>();
  private marks: Marks | undefined;
  private last: ValidationResult | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private sheetRead: JustificationSheetRead = { found: false };

  constructor(
    private readonly port: ExcelPort,
    private readonly workbook: AnnexWorkbook,
    private readonly catalogue: Catalogue,
    private readonly events: SessionEvents,
    private readonly options: SessionOptions = { paintOnEdit: true },
  ) {}

  /** Reads every annex, validates, repaints every data cell: one read sync, one write sync. */
  full(): Promise<ValidationResult> {
    return this.serial(() =>
      this.run(
        this.workbook.plans.map((p) => p.code),
        true,
      ),
    );
  }

  /** After edits on these annexes: one read sync; a write sync only when a mark changes. */
  refresh(codes: ReadonlySet<string>): Promise<ValidationResult | undefined> {
    return this.serial(() => this.run([...codes], false));
  }

  /** The figures as last read, with the justifications of the sheet "Giải trình" as last read (on a full check). */
  submission(): Submission {
    const justifications = this.justifications;
    const submission = submissionFromReads(this.workbook.meta, this.workbook.plans, this.reads);
    return justifications.length > 0 ? { ...submission, justifications } : submission;
  }

  /** The sheet "Giải trình" as last read: absent, or its lines. */
  get justificationSheet(): JustificationSheetRead {
    return this.sheetRead;
  }

  get justifications(): Justification[] {
    return justificationsFromRead(this.sheetRead);
  }

  get result(): ValidationResult | undefined {
    return this.last;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(codes: readonly string[], everything: boolean): Promise<ValidationResult> {
    let changed = await this.read(codes);
    // The sheet "Giải trình" is read on full checks (and after the pane writes it), not on each edit.
    if (everything && this.options.justifications) this.sheetRead = await this.port.readJustificationSheet();
    changed ||= everything || this.last === undefined;
    if (!changed && this.last) return this.last;
    const result = checkWorkbook(this.submission(), this.catalogue, this.workbook.unit.kind);
    this.last = result;
    this.events.result(result);
    const marks = marksFor(result.findings, this.workbook.plans);
    if (!everything && !this.options.paintOnEdit) {
      // Marks only when asked: this host would clear the officer's undo history.
      this.events.marksPending?.(true);
      return result;
    }
    let refused = await this.paint(everything ? undefined : this.marks, marks);
    if (refused && refused.length > 0 && !everything) {
      // A sheet's protection may have changed since it was last read: read all, repaint all, once.
      await this.read(this.workbook.plans.map((p) => p.code));
      refused = await this.paint(undefined, marks);
    }
    this.marks = refused?.length === 0 ? marks : undefined;
    if (refused && refused.length > 0) this.events.paintFailed(refused);
    if (everything) this.events.marksPending?.(false);
    return result;
  }

  /** Reads these annexes; true when any figure differs from the last read. */
  private async read(codes: readonly string[]): Promise<boolean> {
    const reads = await this.port.readAnnexes(this.workbook.plans.filter((p) => codes.includes(p.code)));
    let changed = false;
    for (const read of reads) {
      const print = readFingerprint(read);
      if (this.prints.get(read.code) !== print) changed = true;
      this.prints.set(read.code, print);
      this.reads.set(read.code, read);
    }
    return changed;
  }

  /** The sheets refused for protection, or undefined when painting failed otherwise (reported as a fault). */
  private async paint(before: Marks | undefined, after: Marks): Promise<string[] | undefined> {
    const present = (sheet: string): boolean => [...this.reads.values()].some((r) => r.sheet === sheet && r.found);
    const paints = paintDiff(this.workbook.plans, before, after).filter((p) => present(p.sheet));
    const protection = new Map<string, SheetProtection>([...this.reads.values()].map((r) => [r.sheet, r.protection]));
    try {
      return (await this.port.paint(paints, protection)).refused;
    } catch (error) {
      this.events.fault(error);
      return undefined;
    }
  }
}
