export type { Locale, MessageContext, MessageFinding, MessageTable } from "./message-table.js";
export { formatFinding, type FormatOptions } from "./format-finding.js";
export { localNumber } from "./local-number.js";
export { locationInAnnex, locationText } from "./location.js";
export { findingStatusWord, justifiedText } from "./justified-text.js";
export { findingGroups, type FindingGroup, type FindingItem } from "./finding-groups.js";
