// What the commands run, behind one `import()` from their declarations: `--help`
// and a mistyped option load none of it, and a command that runs loads it as one
// file (a chunk per command would make the reading commands load more files).
export { executeCatalogue } from "./catalogue/execute-catalogue.js";
export { executeConsolidate } from "./consolidate/execute-consolidate.js";
export { executeTemplate } from "./template/execute-template.js";
export { executeValidate } from "./validate/execute-validate.js";
