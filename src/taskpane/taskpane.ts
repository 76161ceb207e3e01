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

/** How long to wait for Office.onReady before running standalone. */
const ATTENTE_OFFICE_MS = 1500;

function hoteExcel(): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(false);
  return Promise.race([
    office.onReady().then((info) => info.host === office.HostType.Excel),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ATTENTE_OFFICE_MS)),
  ]).catch(() => false);
}

async function demarrer() {
  const racine = document.getElementById("app")!;
  const excel = await hoteExcel();
  const executer = excel ? <T>(f: (context: Excel.RequestContext) => Promise<T>) => Excel.run(f) : null;
  const depot = executer ? depotClasseur(executer) : depotNavigateur(window.localStorage);
  const etat = new Etat(depot, excel, executer);
  monter(racine, etat);
  try {
    await etat.rechargerBaremes();
  } catch (erreur) {
    etat.erreursBaremes = [`Barèmes enregistrés illisibles : ${erreur instanceof Error ? erreur.message : String(erreur)}`];
  }
}

void demarrer();
