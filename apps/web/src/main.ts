import { setUpCheckTask } from "./check/check-task.js";
import { setUpConsolidateTask } from "./consolidate/consolidate-task.js";
import { byId } from "./page/dom.js";
import { setUpTemplateTask } from "./template/template-task.js";

const TABS = ["check", "consolidate", "template"] as const;

/** Tabs as the ARIA pattern has them: click or Enter/Space to open, arrow keys to move between them. */
function setUpTabs(): void {
  const show = (name: (typeof TABS)[number], focus: boolean) => {
    for (const t of TABS) {
      const tab = byId(`tab-${t}`);
      tab.setAttribute("aria-selected", String(t === name));
      tab.tabIndex = t === name ? 0 : -1;
      byId(`task-${t}`).hidden = t !== name;
    }
    if (focus) byId(`tab-${name}`).focus();
  };
  TABS.forEach((t, i) => {
    const tab = byId(`tab-${t}`);
    tab.addEventListener("click", () => show(t, false));
    tab.addEventListener("keydown", (e) => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (step !== 0) show(TABS[(i + step + TABS.length) % TABS.length] as (typeof TABS)[number], true);
    });
  });
}

setUpTabs();
setUpCheckTask();
setUpConsolidateTask();
setUpTemplateTask();
