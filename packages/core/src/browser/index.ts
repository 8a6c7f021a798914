export { type ScriptDocument, type ScriptElement, ScriptLoadError, loadPageScript, scriptLoader } from "./script-loader.js";
