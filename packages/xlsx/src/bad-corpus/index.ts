export { badCorpus, type BadCase } from "./bad-corpus.js";
