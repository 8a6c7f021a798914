import { describe, expect, it } from "vitest";
import { type ScriptDocument, type ScriptElement, ScriptLoadError, loadPageScript, scriptLoader } from "./script-loader.js";

/** A page whose scripts load or fail when the test says so. */
function fakePage() {
  const appended: (ScriptElement & { fire(type: "load" | "error"): void; removed: boolean })[] = [];
  const page: ScriptDocument = {
    createElement: () => {
      const listeners = new Map<string, () => void>();
      const element = {
        src: "",
        removed: false,
        addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
        remove: () => void (element.removed = true),
        fire: (type: "load" | "error") => listeners.get(type)?.(),
      };
      return element;
    },
    head: { append: (element) => void appended.push(element as (typeof appended)[number]) },
  };
  return { page, appended };
}

describe("scriptLoader", () => {
  it("adds each script once and resolves every caller when it loads", async () => {
    const { page, appended } = fakePage();
    const load = scriptLoader(page);
    const first = load("consolidator.js");
    const second = load("consolidator.js");
    expect(appended.map((s) => s.src)).toEqual(["consolidator.js"]);
    appended[0]?.fire("load");
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    await load("consolidator.js");
    expect(appended).toHaveLength(1);
  });

  it("rejects with ScriptLoadError naming the file, removes the element, and retries on the next call", async () => {
    const { page, appended } = fakePage();
    const load = scriptLoader(page);
    const failed = load("registry-reader.js");
    appended[0]?.fire("error");
    const error = await failed.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptLoadError);
    expect(error).toMatchObject({ name: "ScriptLoadError", src: "registry-reader.js" });
    expect(appended[0]?.removed).toBe(true);
    const retried = load("registry-reader.js");
    expect(appended).toHaveLength(2);
    appended[1]?.fire("load");
    await expect(retried).resolves.toBeUndefined();
  });

  it("keeps the scripts of two loaders apart", () => {
    const { page, appended } = fakePage();
    scriptLoader(page)("a.js");
    scriptLoader(page)("a.js");
    expect(appended).toHaveLength(2);
  });

  it("says, when asked for a page's script where there is no page, that there is none", () => {
    expect(() => loadPageScript("consolidator.js")).toThrow('loadPageScript("consolidator.js"): there is no page (no document) to run a script in');
  });
});
