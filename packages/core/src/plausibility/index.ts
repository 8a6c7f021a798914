// The check schemas (zod) are re-exported by `../documents.ts`, not here: `./runtime` never loads zod.
export type { ChangeCheck, PeerCheck, PlausibilityCheck, PlausibilityCheckInput } from "./plausibility-schema.js";
export { checkChange } from "./check-change.js";
export { checkPeers, type PeerUnit } from "./check-peers.js";
export { judgeLaterJustifications } from "./judge-later-justifications.js";
export { peerCells } from "./peer-cells.js";
