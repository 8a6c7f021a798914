import { loadCatalogue } from "./load-catalogue.js";
import { pl01 } from "./2022.1/pl01.js";
import { pl02 } from "./2022.1/pl02.js";
import { pl03 } from "./2022.1/pl03.js";
import { pl04 } from "./2022.1/pl04.js";
import { pl05 } from "./2022.1/pl05.js";
import { pl06 } from "./2022.1/pl06.js";
import { pl07 } from "./2022.1/pl07.js";
import { pl08 } from "./2022.1/pl08.js";
import { pl09 } from "./2022.1/pl09.js";

/** The nine annexes of catalogue version 2022.1, as declared data. */
export const CATALOGUE_2022_1_DATA = {
  version: "2022.1",
  annexes: [pl01, pl02, pl03, pl04, pl05, pl06, pl07, pl08, pl09],
} as const;

let loaded: ReturnType<typeof loadCatalogue> | undefined;

/** The built-in catalogue, loaded and checked on first use. */
export function catalogue2022(): ReturnType<typeof loadCatalogue> {
  loaded ??= loadCatalogue(CATALOGUE_2022_1_DATA);
  return loaded;
}
