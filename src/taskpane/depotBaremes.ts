/**
 * Where the user's barèmes live: in the workbook (« Barèmes LAEP » sheet) when
 * the page runs in Excel, so that everyone who opens the workbook computes the
 * same; in this browser's local storage otherwise. Nothing leaves the machine.
 */
import { type Bareme, lireBareme, stockerBareme } from "../../core";
import { enregistrerBaremeClasseur, lireBaremesClasseur, NOM_FEUILLE_BAREMES } from "../excel/feuilleBaremes";

export type ResultatDepot = { statut: "ecrit" | "inchange"; message: string } | { statut: "conflit"; message: string; question: string };

export interface DepotBaremes {
  /** Where the barèmes are kept, said to the user. */
  lieu: string;
  lister(): Promise<{ baremes: Bareme[]; erreurs: string[] }>;
  enregistrer(b: Bareme, options: { remplacer?: boolean }): Promise<ResultatDepot>;
  /** Null when the store cannot delete (the workbook: the user deletes the row). */
  supprimer: ((code: string) => Promise<void>) | null;
}

const CLE = "financement-laep.baremes";

export function depotNavigateur(stockage: Storage): DepotBaremes {
  const lire = (): unknown[] => {
    try {
      const brut = JSON.parse(stockage.getItem(CLE) ?? "[]");
      return Array.isArray(brut) ? brut : [];
    } catch {
      return [];
    }
  };
  const ecrire = (liste: unknown[]) => stockage.setItem(CLE, JSON.stringify(liste));
  return {
    lieu: "ce navigateur (stockage local, rien n'est envoyé)",
    async lister() {
      const baremes: Bareme[] = [];
      const erreurs: string[] = [];
      for (const brut of lire()) {
        const lu = lireBareme(brut);
        if ("erreurs" in lu) erreurs.push(`Barème illisible dans ce navigateur : ${lu.erreurs.join(" ; ")}`);
        else baremes.push(lu.bareme);
      }
      return { baremes, erreurs };
    },
    async enregistrer(b, { remplacer }) {
      const liste = lire();
      const i = liste.findIndex((x) => (x as { code?: unknown })?.code === b.code);
      if (i >= 0 && !remplacer) return { statut: "conflit", message: `Un barème ${b.code} existe déjà dans ce navigateur.`, question: "Le remplacer par ces valeurs ?" };
      if (i >= 0) liste[i] = stockerBareme(b);
      else liste.push(stockerBareme(b));
      ecrire(liste);
      return { statut: "ecrit", message: `Barème ${b.code} enregistré dans ce navigateur.` };
    },
    async supprimer(code) {
      ecrire(lire().filter((x) => (x as { code?: unknown })?.code !== code));
    },
  };
}

export function depotClasseur(executer: <T>(f: (context: Excel.RequestContext) => Promise<T>) => Promise<T>): DepotBaremes {
  return {
    lieu: `la feuille « ${NOM_FEUILLE_BAREMES} » de ce classeur`,
    lister: () => executer((context) => lireBaremesClasseur(context)),
    async enregistrer(b, { remplacer }) {
      const r = await executer((context) => enregistrerBaremeClasseur(context, b, { remplacer }));
      if (r.statut === "conflit") return { statut: "conflit", message: r.message, question: r.question };
      return { statut: r.statut, message: r.statut === "ecrit" ? `Barème ${b.code} écrit en ${r.adresse}.` : `Barème ${b.code} déjà à jour en ${r.adresse}.` };
    },
    supprimer: null,
  };
}
