import type { Page } from "@playwright/test";

/**
 * Every tap target on the page smaller than 44 × 44 CSS px (WCAG 2.5.5): links, buttons, fields,
 * summaries; a DKFDS checkbox or radio is measured by its label (the input itself is hidden).
 * Targets that are not shown (closed details, off-screen skip link until focused) are left out.
 */
export async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      if (r.right < 0 || r.bottom < 0) return false;
      return (
        getComputedStyle(el).visibility !== "hidden" && !el.closest("[hidden], details:not([open]) > :not(summary)")
      );
    };
    const small: string[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll(
      "a[href], button, select, textarea, input:not([type=hidden]), summary",
    )) {
      const input = el as HTMLInputElement;
      const target =
        el.tagName === "INPUT" && (input.type === "checkbox" || input.type === "radio")
          ? (document.querySelector(`label[for="${input.id}"]`) ?? el)
          : el;
      if (seen.has(target) || !shown(target)) continue;
      seen.add(target);
      const r = target.getBoundingClientRect();
      if (r.width < 44 || r.height < 44)
        small.push(
          `${target.tagName.toLowerCase()} «${(target.textContent ?? "").trim().slice(0, 30) || (target as HTMLInputElement).name}» ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  });
}
