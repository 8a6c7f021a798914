/** Calls `fn` once `ms` after the last call; `flush` runs it now if pending. */
export function debounce(fn: () => void, ms: number): { (): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = undefined;
    fn();
  };
  const call = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  call.flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };
  call.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
