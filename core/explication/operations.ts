/**
 * Each computed step written as an operation on its figures
 * (« min(300 h ; 50 % × 400 h) = 200 h »), for the printed calculation sheet
 * and the training cases: a reader checks it with a pocket calculator.
 *
 * Figures are written as the pane writes them (euros to the cent). « = »
 * when the figure shown is the exact result, « ≈ » when it is rounded (an
 * hourly cost price, a subvention with fractions of a cent): the sheet never
 * claims an equality it does not hold.
 */
import type { Financement } from "../financement";
import { formaterEuros, formaterEurosParHeure, formaterHeures, formaterNombre } from "../format/formaterNombre";
import { Exact } from "../money";
import type { CleEtape } from "./detail";

const h = (x: Exact) => formaterHeures(x.enDecimal());
const eur = (x: Exact) => formaterEuros(x.enDecimal());
const eurH = (x: Exact) => formaterEurosParHeure(x.enDecimal());
const pct = (x: Exact) => `${formaterNombre(x.enDecimal().times(100))}\u00a0%`;
/** An input rate with all its digits (a territory's forfait is not rounded): the product printed is the product computed. */
const tarif = (x: Exact) => `${formaterNombre(x.enDecimal(), 2)}\u00a0€/h`;

/** « = » or « ≈ », then the figure: « ≈ » when `exact` is not what `affiche` shows. */
function resultat(exact: Exact, affiche: (x: Exact) => string, arrondi: Exact = exact.arrondiAuCentime()): string {
  return `${exact.eq(arrondi) ? "=" : "≈"} ${affiche(arrondi)}`;
}

/** « ÷ b = q » or « ÷ b ≈ q », q rounded to the cent. */
function quotient(a: Exact, b: Exact): string {
  const q = Exact.quotientArrondiAuCentime(a, b);
  return `${q.times(b).eq(a) ? "=" : "≈"} ${eurH(q)}`;
}

const DEMI = Exact.de("0.5");
const QUATRE_VINGTS = Exact.de("0.8");

/** The operation of every step that is computed (inputs have none). */
export function operations(f: Financement): Partial<Record<CleEtape, string>> {
  const e = f.entrees;
  const H = f.heuresFonctionnement;
  const sansHeure = H.isZero();
  const plafond = e.charges.times(QUATRE_VINGTS);
  const place = plafond.minus(f.subventionLaep).minus(e.autresFondsNationaux);
  const autres = e.autresFondsNationaux.arrondiAuCentime();
  const bonusExact = f.heuresExistantesRetenues.times(e.forfaitExistant).plus(f.nouvellesHeures.times(e.baremeNouvelleHeure));
  const subventionExacte = f.prixPlafondApplique ? e.taux.times(e.prixPlafond).times(H) : e.taux.times(e.charges);
  return {
    heuresOrganisationRetenues: `min(${h(e.heuresOrganisation)} ; 50 % × ${h(e.heuresOuverture)}) = min(${h(e.heuresOrganisation)} ; ${h(e.heuresOuverture.times(DEMI))}) = ${h(f.heuresOrganisationRetenues)}`,
    heuresFonctionnement: `${h(e.heuresOuverture)} + ${h(f.heuresOrganisationRetenues)} = ${h(H)}`,
    prixDeRevientHoraire: sansHeure ? "sans objet (0 h)" : `${eur(e.charges)} ÷ ${h(H)} ${quotient(e.charges, H)}`,
    subventionHoraire: sansHeure
      ? "sans objet (0 h)"
      : f.prixPlafondApplique
        ? `${pct(e.taux)} × ${tarif(e.prixPlafond)} ${resultat(e.taux.times(e.prixPlafond), eurH)}`
        : `${pct(e.taux)} × ${eur(e.charges)} ÷ ${h(H)} ${quotient(e.taux.times(e.charges), H)}`,
    subventionLaep: f.prixPlafondApplique
      ? `${pct(e.taux)} × ${tarif(e.prixPlafond)} × ${h(H)} ${resultat(subventionExacte, eur)}`
      : `${pct(e.taux)} × ${eur(e.charges)} ${resultat(subventionExacte, eur)}`,
    heuresExistantesRetenues: `min(${h(H)} ; ${h(e.heuresExistantes)}) = ${h(f.heuresExistantesRetenues)}`,
    nouvellesHeures: `max(0 h ; ${h(H)} − ${h(e.heuresExistantes)}) = ${h(f.nouvellesHeures)}`,
    bonusAvantPlafonnement: `${h(f.heuresExistantesRetenues)} × ${tarif(e.forfaitExistant)} + ${h(f.nouvellesHeures)} × ${tarif(e.baremeNouvelleHeure)} ${resultat(bonusExact, eur)}`,
    plafondFondsNationaux: `80 % × ${eur(e.charges)} ${resultat(plafond, eur)}`,
    ecretement: `${eur(f.bonusAvantPlafonnement)} − ${eur(f.bonusTerritoireCtg)} = ${eur(f.ecretement)}`,
    bonusTerritoireCtg: place.isNegative()
      ? `${eur(plafond.arrondiAuCentime())} − ${eur(f.subventionLaep)} − ${eur(autres)} < 0 : ${eur(f.bonusTerritoireCtg)}`
      : // The bonus before the cap is printed rounded: when it is the smaller, the result is that very figure.
        `min(${eur(f.bonusAvantPlafonnement)} ; ${eur(plafond.arrondiAuCentime())} − ${eur(f.subventionLaep)} − ${eur(autres)}) ${place.lt(bonusExact) ? resultat(place, eur, f.bonusTerritoireCtg) : `= ${eur(f.bonusTerritoireCtg)}`}`,
    totalFondsNationaux: `${eur(f.subventionLaep)} + ${eur(f.bonusTerritoireCtg)} + ${eur(autres)} = ${eur(f.totalFondsNationaux)}`,
    resteAFinancer: `${eur(e.charges)} − ${eur(f.totalFondsNationaux)} = ${eur(f.resteAFinancer)}`,
  };
}
