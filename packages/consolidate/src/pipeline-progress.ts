/** How a long run tells where it is (a terminal bar, a progress bar on a page). */
export interface PipelineProgress {
  /** A new step ("Đọc và kiểm tra 67 tệp"); `total` when it counts items. */
  step(label: string, total?: number): void;
  /** Items done in the current step. */
  tick(done: number): void;
  /** The current step is over. */
  done(): void;
}
