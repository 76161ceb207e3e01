/**
 * Stands in for Office.js in the browser tests of the task pane in Excel:
 * Office.onReady reports Excel, and Excel.run runs against the in-memory
 * workbook of excelFactice.ts, exposed as window.__classeur for assertions.
 */
import { ContexteFactice } from "./excelFactice";

const classeur = new ContexteFactice({ feuille: "Feuil1", adresse: "B2" });
const w = window as unknown as Record<string, unknown>;
w.__classeur = classeur;
/** A test may set window.__delaiOfficeMs to play a slow Excel. */
const delai = Number(w.__delaiOfficeMs ?? 0);
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "OfficeOnline" }), delai)),
};
w.Excel = { run: (f: (context: unknown) => Promise<unknown>) => f(classeur) };
