// The one neutralisation of unit text lives in core (the tidy CSV uses it too).
export { neutralizeText } from "@phuluc/core";
