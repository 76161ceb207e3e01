/*
 * Entry of the shared-runtime page. In Excel (Office.onReady reports Excel)
 * the simulator keeps barèmes in the workbook and can insert a simulation;
 * anywhere else (a plain browser, Office.js absent or unreachable) it runs as
 * a standalone simulator with barèmes in the browser's storage.
 */
import "./sansOffice";
import { monter } from "./app";
import { depotClasseur, depotNavigateur } from "./depotBaremes";
import { Etat } from "./etat";

/** How long to wait for Office.onReady before showing the standalone simulator. */
const ATTENTE_OFFICE_MS = 1500;

/** Whether the page runs in Excel; false at once when Office.js did not load. */
function hoteExcel(): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(false);
  return office.onReady().then(
    (info) => info.host === office.HostType.Excel,
    () => false,
  );
}

function lancer(racine: HTMLElement, excel: boolean, reprise?: Etat): Etat {
  const executer = excel ? <T>(f: (context: Excel.RequestContext) => Promise<T>) => Excel.run(f) : null;
  const depot = executer ? depotClasseur(executer) : depotNavigateur(window.localStorage);
  const etat = new Etat(depot, excel, executer, reprise && { saisies: reprise.saisies, baremeChoisi: reprise.baremeChoisi });
  monter(racine, etat);
  etat.rechargerBaremes().catch((erreur: unknown) => {
    etat.erreursBaremes = [`Barèmes enregistrés illisibles : ${erreur instanceof Error ? erreur.message : String(erreur)}`];
  });
  return etat;
}

async function demarrer() {
  const racine = document.getElementById("app")!;
  const excel = hoteExcel();
  const tot = await Promise.race([excel, new Promise<null>((resolve) => setTimeout(() => resolve(null), ATTENTE_OFFICE_MS))]);
  if (tot !== null) {
    lancer(racine, tot);
    return;
  }
  // Office is slow to answer (a busy desktop Excel): the simulator is usable
  // meanwhile, and switches to Excel mode, keeping what was typed, if Office
  // turns out to be Excel.
  const etat = lancer(racine, false);
  if (await excel) lancer(racine, true, etat);
}

void demarrer();
