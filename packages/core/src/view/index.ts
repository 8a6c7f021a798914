export { capitalised } from "./capitalised.js";
export { FILE_STATUS_LABEL, FILE_STATUS_ORDER, type FileStatus } from "./file-status.js";
