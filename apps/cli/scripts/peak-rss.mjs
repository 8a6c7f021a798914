// Preloaded with `node --import` by the bench: writes the process's peak
// resident set size (KiB, all threads) to $PHULUC_PEAK_RSS_FILE on exit.
import { writeFileSync } from "node:fs";

const target = process.env.PHULUC_PEAK_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
