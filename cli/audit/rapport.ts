/** The audit's report in three forms: for a person (texte), a spreadsheet (csv) or a program (json). */
import { stringify } from "csv-stringify/sync";
import { Decimal, formaterNombre } from "../../core";
import type { RapportAudit } from "./audit";

export type FormatRapport = "texte" | "csv" | "json";

const affiche = (v: string | number | boolean | null) =>
  v === null ? "(vide)" : typeof v === "number" ? formaterNombre(new Decimal(v)) : typeof v === "boolean" ? (v ? "VRAI" : "FAUX") : v;

/** A value in the CSV report, for French Excel: « ; » separator, decimal comma. */
const cellule = (v: string | number | boolean | null) => (v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v));

export function rapport(r: RapportAudit, format: FormatRapport): string {
  if (format === "json") return JSON.stringify(r, null, 2);
  if (format === "csv") {
    return stringify(
      [
        ["feuille", "cellule", "formule", "valeur_enregistree", "valeur_recalculee"],
        ...r.differences.map((d) => [d.feuille, d.cellule, d.formule, cellule(d.valeurEnregistree), cellule(d.valeurRecalculee)]),
      ],
      { delimiter: ";" },
    );
  }
  const n = r.differences.length;
  return [
    `Audit de ${r.fichier} : ${r.cellulesVerifiees} cellule${r.cellulesVerifiees > 1 ? "s" : ""} LAEP vérifiée${r.cellulesVerifiees > 1 ? "s" : ""}, ${n} différence${n > 1 ? "s" : ""}.`,
    ...r.differences.map((d) => `${d.feuille}!${d.cellule}  ${d.formule}\n    enregistré : ${affiche(d.valeurEnregistree)}  recalculé : ${affiche(d.valeurRecalculee)}`),
  ].join("\n");
}
