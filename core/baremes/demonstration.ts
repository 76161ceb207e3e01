import type { Bareme } from "./bareme";
import { Decimal } from "../money";

/**
 * Barème de démonstration — FICTITIOUS figures, round on purpose, for training
 * sessions and examples. They are not the Cnaf's published barèmes and must
 * never be used for a real file: the task pane labels them « fictif » wherever
 * they appear.
 * Source: none (invented for teaching). Last checked: 2026-11-26 (that they are
 * still labelled fictitious everywhere).
 *
 * Written as the barème itself rather than read through `lireBareme`: the
 * Formation tab's bundle uses it and has no use for the barème schemas (zod,
 * 60 % of that bundle). A test reads its stored form back through
 * `lireBareme`, so that it stays a barème the schemas accept.
 */
export const BAREME_DEMONSTRATION: Bareme = {
  code: "DEMO",
  libelle: "Barème de démonstration (fictif)",
  taux: new Decimal("0.6"),
  prixPlafond: new Decimal("30"),
  baremeNouvelleHeure: new Decimal("10"),
  forfaitExistant: new Decimal("5"),
  source:
    "Valeurs fictives, choisies rondes pour la formation : ce ne sont pas les barèmes publiés par la Cnaf. Pour un dossier réel, saisissez les barèmes de l'année publiés sur caf.fr.",
  lien: null,
  verifieLe: "2026-11-26",
  fictif: true,
};
