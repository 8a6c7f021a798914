import { describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce.js";

describe("debounce", () => {
  it("runs once after the last call, and can be flushed or cancelled", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d();
    d();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    d();
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    d();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
