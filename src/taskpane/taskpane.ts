/*
 * Entry of the shared-runtime page. In Excel (Office.onReady reports Excel)
 * the simulator keeps barèmes in the workbook and can insert a simulation;
 * anywhere else (a plain browser, Office.js absent or unreachable) it runs as
 * a standalone simulator with barèmes in the browser's storage.
 */
import "./sansOffice";
import { monter } from "./app";
import { depotClasseur, depotNavigateur } from "./depotBaremes";
import { Etat, memoireNavigateur } from "./etat";
import { excelSuffisant, MESSAGE_EXCEL_ANCIEN } from "./exigences";

/** How long to wait for Office.onReady before showing the standalone simulator. */
const ATTENTE_OFFICE_MS = 1500;

type Hote = { excel: boolean; avertissement?: string };

/** Whether the page runs in an Excel it can write to; at once « no » when Office.js did not load. */
function hoteExcel(): Promise<Hote> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve({ excel: false });
  return office.onReady().then(
    (info): Hote => {
      if (info.host !== office.HostType.Excel) return { excel: false };
      // An Excel too old for the workbook calls: the simulator still computes, and says why it cannot write.
      return excelSuffisant(office) ? { excel: true } : { excel: false, avertissement: MESSAGE_EXCEL_ANCIEN };
    },
    () => ({ excel: false }),
  );
}

function lancer(racine: HTMLElement, hote: Hote, reprise?: Etat): Etat {
  const excel = hote.excel;
  const executer = excel ? <T>(f: (context: Excel.RequestContext) => Promise<T>) => Excel.run(f) : null;
  const depot = executer ? depotClasseur(executer) : depotNavigateur(window.localStorage);
  const etat = new Etat(
    depot,
    excel,
    executer,
    reprise && { saisies: reprise.saisies, baremeChoisi: reprise.baremeChoisi, origines: reprise.origines, nomFiche: reprise.nomFiche, saisiesModifiees: reprise.saisiesModifiees },
    memoireNavigateur(() => window.localStorage),
  );
  etat.avertissementHote = hote.avertissement ?? null;
  monter(racine, etat);
  etat.rechargerBaremes().catch((erreur: unknown) => {
    etat.erreursBaremes = [`Barèmes enregistrés illisibles : ${erreur instanceof Error ? erreur.message : String(erreur)}`];
  });
  return etat;
}

async function demarrer() {
  const racine = document.getElementById("app")!;
  const hote = hoteExcel();
  const tot = await Promise.race([hote, new Promise<null>((resolve) => setTimeout(() => resolve(null), ATTENTE_OFFICE_MS))]);
  if (tot !== null) {
    lancer(racine, tot);
    return;
  }
  // Office is slow to answer (a busy desktop Excel): the simulator is usable
  // meanwhile, and switches to Excel mode, keeping what was typed, if Office
  // turns out to be Excel.
  const etat = lancer(racine, { excel: false });
  const tard = await hote;
  if (tard.excel || tard.avertissement) lancer(racine, tard, etat);
}

// An engine too old for this bundle was told so by verifierNavigateur.es5.js: leave its message.
if (!document.documentElement.hasAttribute("data-incompatible")) void demarrer();
