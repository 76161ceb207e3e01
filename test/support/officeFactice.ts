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
/** A test may set window.__excelApi to play an older Excel (« 1.3 »). */
const excelApi = String(w.__excelApi ?? "1.17");
const auMoins = (v: string, min: string) => {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = min.split(".").map(Number);
  return a > c || (a === c && b >= d);
};
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    requirements: {
      isSetSupported: (nom: string, version = "1.1") =>
        nom === "ExcelApi" ? auMoins(excelApi, version) : ["SharedRuntime", "CustomFunctionsRuntime"].includes(nom) && auMoins("1.2", version),
    },
  },
  onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "OfficeOnline" }), delai)),
};
w.Excel = { run: (f: (context: unknown) => Promise<unknown>) => f(classeur) };
