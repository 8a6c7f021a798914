import type { Finding } from "@phuluc/core";
import { T } from "../texts.js";
import { el } from "./dom.js";

/** Saves a justification: undefined when written, else what the form shows. */
export type Justify = (finding: Finding, text: string) => Promise<string | undefined>;

let forms = 0;

/**
 * The "Giải trình" button of a warning and its inline form (a labelled
 * textarea, "Lưu giải trình", "Hủy"; Esc cancels, Ctrl+Enter saves).
 */
export function justifyControls(finding: Finding, address: string, justify: Justify): HTMLElement {
  const id = `justify-${++forms}`;
  const open = el(
    "button",
    { type: "button", class: "justify-open", "aria-expanded": "false", "aria-controls": id, title: T.justifyTitle(address) },
    T.justify,
  );
  const area = el("textarea", { id: `${id}-text`, rows: 3 });
  const message = el("p", { class: "justify-message", role: "alert", hidden: true });
  const save = el("button", { type: "submit", class: "justify-save" }, T.justifySave);
  const cancel = el("button", { type: "button", class: "justify-cancel" }, T.justifyCancel);
  const form = el(
    "form",
    { id, class: "justify-form", hidden: true },
    el("label", { for: `${id}-text` }, T.justifyLabel),
    area,
    message,
    el("div", { class: "justify-actions" }, save, cancel),
  );
  const show = (shown: boolean): void => {
    form.hidden = !shown;
    open.setAttribute("aria-expanded", String(shown));
    if (shown) area.focus();
    else open.focus();
  };
  const say = (text: string | undefined): void => {
    message.hidden = !text;
    message.textContent = text ?? "";
  };
  const close = (): void => {
    say(undefined);
    show(false);
  };
  open.addEventListener("click", () => show(form.hidden));
  cancel.addEventListener("click", close);
  area.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
    else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (area.value.trim() === "") return say(T.justifyEmpty);
    save.disabled = cancel.disabled = true;
    say(T.justifySaving);
    void justify(finding, area.value).then((why) => {
      save.disabled = cancel.disabled = false;
      say(why || undefined);
      if (why === undefined) show(false);
    });
  });
  return el("div", { class: "justify" }, open, form);
}
