/** The batching core of the stand-in's Excel JS API: queued operations, `load`, `sync`. */
import { StandInError, type WorkbookModel } from "./workbook-model.js";

export interface StandInStats {
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** When set, the calls the add-in queued, to check it batches and never works cell by cell. */
  calls?: StandInCalls;
}

/** Calls as the add-in made them, each named by the sheet it asked for (`PL01!D10:J12`). */
export interface StandInCalls {
  getRange: string[];
  getRanges: string[];
  protect: string[];
  unprotect: string[];
  /** Names of the sheets added. */
  added: string[];
}

export function emptyCalls(): StandInCalls {
  return { getRange: [], getRanges: [], protect: [], unprotect: [], added: [] };
}

export class RequestContext {
  private queue: { op: () => void; write: boolean }[] = [];
  // Set by the sheet module to break the import cycle.
  static makeWorkbook: (ctx: RequestContext) => unknown;
  readonly workbook: unknown;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: StandInStats,
  ) {
    this.workbook = RequestContext.makeWorkbook(this);
  }

  /** Queues an operation; it runs, in order, at the next `sync`. */
  enqueue(op: () => void, write = true): void {
    this.queue.push({ op, write });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.stats.syncs++;
    if (batch.some((b) => b.write)) this.stats.writeSyncs++;
    else this.stats.readSyncs++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (this.model.syncFaults.length > 0) throw this.model.syncFaults.shift();
    this.model.addinWriting = true;
    try {
      for (const { op } of batch) op();
    } finally {
      this.model.addinWriting = false;
      if (batch.some((b) => b.write) && !this.model.writesKeepUndo) this.model.undoCleared.push("write");
    }
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** Splits `load` arguments into property paths: "a,b", ["a", "b"], or { a: true }. */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(loadPaths);
  if (typeof spec === "object" && spec !== null) {
    const select = (spec as { select?: unknown }).select;
    if (select !== undefined) return loadPaths(select);
    return Object.keys(spec);
  }
  return [];
}

/** A client object: setters queue writes, `load` queues reads, getters serve what the last sync loaded. */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: RequestContext) {}

  /** Reads a property from the workbook now (inside a sync). */
  protected abstract read(name: string): unknown;

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue(() => {
      for (const path of paths) this.loaded.set(path, this.read(path));
    }, false);
    return this;
  }

  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw new StandInError("PropertyNotLoaded", `The property '${name}' is not available. Before reading it, call load and sync.`);
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
