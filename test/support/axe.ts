/**
 * axe-core, the accessibility engine, run inside the page as it is shown.
 * The rules are those of WCAG 2.1 A and AA (what RGAA 4.1 transposes) and
 * axe's best practices; a violation is reported with its nodes, so that a
 * failing test says what to fix.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  aide: string;
  noeuds: string[];
}

export async function auditer(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, aide: v.help, noeuds: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`) }));
  });
}
