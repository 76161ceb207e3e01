import { type Bareme, lireBareme } from "./bareme";

/**
 * Barème de démonstration — FICTITIOUS figures, round on purpose, for training
 * sessions and examples. They are not the Cnaf's published barèmes and must
 * never be used for a real file: the task pane labels them « fictif » wherever
 * they appear.
 * Source: none (invented for teaching). Last checked: 2026-11-26 (that they are
 * still labelled fictitious everywhere).
 */
export const BAREME_DEMONSTRATION: Bareme = (() => {
  const lu = lireBareme({
    code: "DEMO",
    libelle: "Barème de démonstration (fictif)",
    taux: "0.6",
    prixPlafond: "30",
    baremeNouvelleHeure: "10",
    forfaitExistant: "5",
    source:
      "Valeurs fictives, choisies rondes pour la formation : ce ne sont pas les barèmes publiés par la Cnaf. Pour un dossier réel, saisissez les barèmes de l'année publiés sur caf.fr.",
    lien: null,
    verifieLe: "2026-11-26",
    fictif: true,
  });
  if ("erreurs" in lu) throw new Error(lu.erreurs.join("; "));
  return lu.bareme;
})();
