import type { CommandSpec } from "./cli/command-spec.js";
import { catalogueCommand } from "./commands/catalogue/catalogue-command.js";
import { consolidateCommand } from "./commands/consolidate/consolidate-command.js";
import { templateCommand } from "./commands/template/template-command.js";
import { validateCommand } from "./commands/validate/validate-command.js";

/** The commands of `phuluc`, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [templateCommand, validateCommand, consolidateCommand, catalogueCommand];
