export { neutralizeText } from "./neutralize-text.js";
