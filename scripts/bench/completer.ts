/**
 * Bench entry (bundled by bench.mjs for Node): « Compléter un tableau » on a
 * portfolio of `n` rows in the stand-in Excel, and a baseline in the same
 * stand-in: the same number of cells written as constants in one sync.
 * The recomputation of the written formulas is Excel's work, not timed here.
 */
import { BAREME_DEMONSTRATION } from "../../core";
import { lettresColonne } from "../../src/excel/adresses";
import { completerTableau, reconnaitreTableau } from "../../src/excel/completerTableau";
import { ContexteFactice } from "../../test/support/excelFactice";

const ENTETE = ["nom", "territoire", "heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond", "bareme_nouvelle_heure", "autres_fonds_nationaux", "heures_fonctionnement_n1", "bonus_ctg_n1"];

function classeur(n: number): ContexteFactice {
  const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
  ENTETE.forEach((e, j) => c.ecrire("Feuil1", `${lettresColonne(j)}1`, e));
  for (let i = 0; i < n; i++) {
    const ligne = [`LAEP ${i}`, `Territoire ${i % 40}`, 300 + (i % 300), 100 + (i % 200), 9000 + i, 0.6, 30, 10, i % 3 === 0 ? 1500 : "", 200 + (i % 400), 1000 + 7 * (i % 500)];
    ligne.forEach((v, j) => v !== "" && c.ecrire("Feuil1", `${lettresColonne(j)}${i + 2}`, v));
  }
  return c;
}

export async function mesurer(n: number): Promise<{ duree: number; syncs: number; base: number }> {
  const c = classeur(n);
  let syncs = 0;
  const sync = c.sync.bind(c);
  c.sync = async () => {
    syncs++;
    return sync();
  };
  const ctx = c as unknown as Excel.RequestContext;
  const debut = performance.now();
  const r = await reconnaitreTableau(ctx, BAREME_DEMONSTRATION, { region: true });
  if (r.statut !== "reconnu") throw new Error(r.message);
  const e = await completerTableau(ctx, r.adresse, BAREME_DEMONSTRATION, { region: true });
  if (e.statut !== "ecrit") throw new Error(e.statut);
  const duree = performance.now() - debut;

  const b = classeur(n);
  const t = performance.now();
  const plage = (b as unknown as Excel.RequestContext).workbook.getSelectedRange().worksheet.getRange(`L1:R${n + 1}`);
  plage.values = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: 7 }, (_, j) => i * 7 + j));
  await b.sync();
  return { duree, syncs, base: performance.now() - t };
}
