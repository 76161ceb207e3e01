import type { Page } from "playwright-core";

/** Pages of the page printed in A4, as Chromium writes the PDF: one page object per page. */
export async function pagesImprimees(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
