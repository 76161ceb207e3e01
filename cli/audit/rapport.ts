/**
 * The audit's report in three forms: for a person (texte), a spreadsheet
 * (csv) or a program (json). The csv and json fields are stable and listed
 * in the README.
 */
import { stringify } from "csv-stringify/sync";
import { Decimal, formaterEuros, formaterEurosParHeure, formaterNombre } from "../../core/noyau";
import { neutraliserFormule } from "../neutraliserFormule";
import type { RapportAudit, Unite, Valeur } from "./audit";
import { ERREURS_FRANCAISES } from "./formuleFrancaise";

export type FormatRapport = "texte" | "csv" | "json";

/** A value as French Excel would show it in a cell of that kind: amounts always with cents and €. */
export function afficherValeur(v: Valeur, unite: Unite): string {
  if (v === null || v === "") return "(vide)";
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  if (typeof v === "string") return ERREURS_FRANCAISES[v] ?? v;
  const d = new Decimal(v);
  switch (unite) {
    case "euros":
      return formaterEuros(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    case "eurosParHeure":
      return formaterEurosParHeure(d);
    case "heures":
      return `${formaterNombre(d)} h`;
    case "taux":
      return `${formaterNombre(d.times(100))} %`;
    default:
      return formaterNombre(d);
  }
}

/** A value in the CSV report, for French Excel: decimal comma, French error names. */
const cellule = (v: Valeur) => (v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : typeof v === "boolean" ? (v ? "VRAI" : "FAUX") : (ERREURS_FRANCAISES[v] ?? v));

/** JSON escapes C0 controls itself; C1 and bidi controls are escaped too, so that the terminal gets none. */
const jsonSur = (texte: string) => texte.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function rapport(r: RapportAudit, format: FormatRapport): string {
  if (format === "json") return jsonSur(JSON.stringify(r, null, 2));
  if (format === "csv") {
    return stringify(
      [
        ["statut", "feuille", "cellule", "formule", "valeur_enregistree", "valeur_recalculee", "raison", "action"],
        ...r.differences.map((d) => ["difference", d.feuille, d.cellule, d.formule, cellule(d.valeurEnregistree), cellule(d.valeurRecalculee), d.raison ?? "", d.action]),
        ...r.nonVerifiables.map((n) => ["non_verifiable", n.feuille, n.cellule, n.formule, cellule(n.valeurEnregistree), "", n.raison, ""]),
      ].map((ligne) => ligne.map(neutraliserFormule)),
      { delimiter: ";", bom: true, record_delimiter: "unix" },
    );
  }
  const n = r.differences.length;
  const k = r.nonVerifiables.length;
  const s = (x: number) => (x > 1 ? "s" : "");
  const lignes = [
    `Audit de ${r.fichier} : ${r.cellulesVerifiees} cellule${s(r.cellulesVerifiees)} LAEP vérifiée${s(r.cellulesVerifiees)}, ${n} différence${s(n)}${k ? `, ${k} cellule${s(k)} non vérifiable${s(k)}` : ""}.`,
  ];
  if (r.valeursEnregistreesUtilisees > 0) {
    lignes.push(`${r.valeursEnregistreesUtilisees} autre${s(r.valeursEnregistreesUtilisees)} formule${s(r.valeursEnregistreesUtilisees)} que l'audit ne sait pas calculer ${r.valeursEnregistreesUtilisees > 1 ? "ont été prises" : "a été prise"} à leur valeur enregistrée.`);
  }
  if (n > 0) {
    lignes.push("", "Différences :");
    for (const d of r.differences) {
      lignes.push(`${d.feuille}!${d.cellule}  ${d.formule}`);
      lignes.push(`    enregistré : ${afficherValeur(d.valeurEnregistree, d.unite)}  recalculé : ${afficherValeur(d.valeurRecalculee, d.unite)}${d.raison ? ` (${d.raison})` : ""}`);
      lignes.push(`    → ${d.action}`);
    }
  }
  if (k > 0) {
    lignes.push("", "Non vérifiables :");
    for (const x of r.nonVerifiables) lignes.push(`${x.feuille}!${x.cellule}  ${x.formule}`, `    ${x.raison}`);
  }
  return lignes.join("\n");
}
