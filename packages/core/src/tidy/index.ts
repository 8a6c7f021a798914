export { TIDY_COLUMNS, type TidyColumn, type TidyFigureStatus, type TidyRow, type TidyStatus } from "./tidy-columns.js";
export { tidyRows, type TidyUnit } from "./tidy-rows.js";
export { tidyCsv } from "./tidy-csv.js";
