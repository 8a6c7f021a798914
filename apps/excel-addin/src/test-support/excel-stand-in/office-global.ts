/** The `Office` and `Excel` globals the stand-in installs in place of office.js. */
import { RequestContext, type StandInStats } from "./client-base.js";
import "./sheet-client.js";
import { serialize } from "./serialize.js";
import type { WorkbookModel } from "./workbook-model.js";

export interface StandInConfig {
  /** Highest ExcelApi version the fake host supports (default 1.9, the manifest's minimum). */
  apiVersion?: string;
  platform?: string;
  host?: string;
  /**
   * The host offers `getFileAsync(Compressed)` (the CompressedFile set).
   * Default: yes, except Excel on the web, whose typings list only PDF.
   */
  compressedFile?: boolean;
  /** The host says CompressedFile but refuses the call (as some web sessions do). */
  refuseCompressed?: boolean;
  /** Fault injection: adding a sheet of this name fails once (a creation cut off half-way). */
  failAddSheet?: string;
}

function versionAtMost(wanted: string, have: string): boolean {
  const [a = 0, b = 0] = wanted.split(".").map(Number);
  const [c = 0, d = 0] = have.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

export function officeGlobals(model: WorkbookModel, stats: StandInStats, config: StandInConfig): { Office: unknown; Excel: unknown } {
  const apiVersion = config.apiVersion ?? "1.9";
  model.tagsEvents = versionAtMost("1.14", apiVersion);
  model.writesKeepUndo = versionAtMost("1.20", apiVersion);
  model.failAddSheet = config.failAddSheet;
  const host = config.host ?? "Excel";
  const platform = config.platform ?? "PC";
  const compressed = config.compressedFile ?? platform !== "OfficeOnline";
  const ok = <T>(value: T) => ({ status: "succeeded", value });
  const Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host, platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      platform,
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi"
            ? versionAtMost(version, apiVersion)
            : name === "File" || (name === "CompressedFile" && compressed)
              ? versionAtMost(version, "1.1")
              : false,
      },
      document: {
        settings: {
          set: (k: string, v: unknown) => model.settings.set(k, v),
          get: (k: string) => model.settings.get(k),
          saveAsync: (cb?: (r: unknown) => void) => setTimeout(() => cb?.(ok(undefined)), 0),
        },
        getFileAsync(_type: string, options: { sliceSize?: number } | ((r: unknown) => void), callback?: (r: unknown) => void) {
          const cb = typeof options === "function" ? options : callback;
          if (!compressed || config.refuseCompressed) {
            const error = { code: 12002, name: "Unsupported", message: "The file type is not supported on this host." };
            setTimeout(() => cb?.({ status: "failed", error }), 0);
            return;
          }
          const size = (typeof options === "object" && options.sliceSize) || 65536;
          const bytes = new TextEncoder().encode(JSON.stringify(serialize(model)));
          const count = Math.max(1, Math.ceil(bytes.length / size));
          const file = {
            size: bytes.length,
            sliceCount: count,
            getSliceAsync: (i: number, done: (r: unknown) => void) =>
              setTimeout(() => done(ok({ index: i, size, data: Array.from(bytes.subarray(i * size, (i + 1) * size)) })), 0),
            closeAsync: (done?: (r: unknown) => void) => setTimeout(() => done?.(ok(undefined)), 0),
          };
          setTimeout(() => cb?.(ok(file)), 0);
        },
      },
    },
  };
  const Excel = {
    async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
      const context = new RequestContext(model, stats);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
  return { Office, Excel };
}
