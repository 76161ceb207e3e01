import type { Page } from "playwright-core";

/**
 * What sticks out of the viewport on the right outside a scroll box: the
 * elements whose right edge passes the window's width, except inside an
 * element that scrolls sideways and takes the focus (a region the keyboard
 * can scroll).
 */
export async function debordements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const largeur = document.documentElement.clientWidth;
    const dansDefilable = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll)/.test(style.overflowX) && (p as HTMLElement).tabIndex >= 0) return true;
      }
      return false;
    };
    return [...document.querySelectorAll("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > largeur + 0.5 && !dansDefilable(e);
      })
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`);
  });
}
