/** `financement-laep calcul`: every LAEP of a portfolio file, computed by the core. */
import { existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import { ErreurCli } from "../erreurs";
import { cheminSortie, ecrireAtomiquement } from "../sortie";
import type { Bilan } from "./bilan";


export interface OptionsCalcul {
  sortie?: string;
  feuille?: string;
  force?: boolean;
}

export async function calculer(entree: string, options: OptionsCalcul): Promise<{ bilan: Bilan; sortie: string }> {
  if (!existsSync(entree) || !statSync(entree).isFile()) throw new ErreurCli(`Fichier introuvable : ${entree}`);
  const ext = extname(entree).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new ErreurCli(`Format non reconnu (${ext || "sans extension"}) : donnez un fichier .csv ou .xlsx.`);
  if (ext === ".csv" && options.feuille !== undefined) throw new ErreurCli("--feuille ne s'applique qu'aux classeurs .xlsx.");
  const sortie = cheminSortie(entree, options.sortie, options.force ?? false);
  // Each reader is loaded only when its format is used (ExcelJS is large).
  const bilan = await ecrireAtomiquement(sortie, async (temporaire) =>
    ext === ".csv" ? (await import("./csv")).calculerCsv(entree, temporaire) : (await import("./xlsx")).calculerXlsx(entree, temporaire, options.feuille),
  );
  return { bilan, sortie };
}
