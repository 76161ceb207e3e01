/** What a run of `calcul` did: rows, errors and totals, said in French. */
import { Exact, formaterEuros } from "../../core/noyau";
import type { Resultat } from "./ligne";

export class Bilan {
  lignes = 0;
  enErreur = 0;
  /** Campaign rows with N-1 figures and none for year N (a LAEP closed in N): a note, not an error. */
  sansAnneeN = 0;
  erreurs: { ligne: number; message: string }[] = [];
  subvention = Exact.ZERO;
  bonus = Exact.ZERO;
  ecretement = Exact.ZERO;
  reste = Exact.ZERO;

  ajouter(ligne: number, r: { resultat: Resultat } | { erreur: string } | { ferme: true }) {
    this.lignes++;
    if ("ferme" in r) {
      this.sansAnneeN++;
      return;
    }
    if ("erreur" in r) {
      this.enErreur++;
      if (this.erreurs.length < 20) this.erreurs.push({ ligne, message: r.erreur });
      return;
    }
    this.subvention = this.subvention.plus(r.resultat.subvention);
    this.bonus = this.bonus.plus(r.resultat.bonusCtg);
    this.ecretement = this.ecretement.plus(r.resultat.ecretement);
    this.reste = this.reste.plus(r.resultat.resteAFinancer);
  }

  texte(sortie: string): string {
    const calcules = this.lignes - this.enErreur - this.sansAnneeN;
    const sansAnneeN = this.sansAnneeN > 0 ? `, ${this.sansAnneeN} sans chiffres de l'année N (LAEP fermé${this.sansAnneeN > 1 ? "s" : ""} ? voir la colonne « note_campagne »)` : "";
    const lignes = [
      `${calcules} LAEP calculé${calcules > 1 ? "s" : ""}, ${this.enErreur} ligne${this.enErreur > 1 ? "s" : ""} en erreur${sansAnneeN}, sur ${this.lignes}.`,
      `Total subvention LAEP : ${formaterEuros(this.subvention.enDecimal())}`,
      `Total bonus territoire CTG : ${formaterEuros(this.bonus.enDecimal())} (écrêtement : ${formaterEuros(this.ecretement.enDecimal())})`,
      `Total reste à financer : ${formaterEuros(this.reste.enDecimal())}`,
      `Résultats écrits dans ${sortie}`,
    ];
    return lignes.join("\n");
  }

  texteErreurs(): string {
    if (this.enErreur === 0) return "";
    const autres = this.enErreur - this.erreurs.length;
    return [
      ...this.erreurs.map((e) => `Ligne ${e.ligne} : ${e.message}`),
      ...(autres > 0 ? [`… et ${autres} autre${autres > 1 ? "s" : ""} ligne${autres > 1 ? "s" : ""} en erreur (voir la colonne « erreur »).`] : []),
    ].join("\n");
  }
}
