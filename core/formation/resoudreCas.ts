import type { Bareme } from "../baremes/bareme";
import { BAREME_DEMONSTRATION } from "../baremes/demonstration";
import { calculerDetail, type CleEtape, type Detail, type Etape } from "../explication/detail";
import { formaterEuros, formaterEurosParHeure, formaterHeures } from "../format/formaterNombre";
import { Decimal, Exact } from "../money";
import { forfaitDuTerritoire, TEXTE as TEXTE_FORFAIT_TERRITOIRE } from "../regles/forfaitDuTerritoire";
import { lireSaisie } from "../saisie/lireSaisie";
import { CHAMPS, type CleChamp } from "../schemas/champs";
import type { CasFormation } from "./cas";

/** The nine figures of a computation, as the Simulation tab's form holds them. */
export type FiguresCas = Record<
  "heuresOuverture" | "heuresOrganisation" | "charges" | "taux" | "prixPlafond" | "heuresExistantes" | "forfaitExistant" | "baremeNouvelleHeure" | "autresFondsNationaux",
  Decimal
>;

export interface TerritoireResolu {
  lignes: { nom: string; heuresN1: Decimal; bonusN1: Decimal; ceLaep: boolean }[];
  bonusN1: Decimal;
  heuresN1: Decimal;
}

export interface CasResolu {
  cas: CasFormation;
  /** The figures given: the LAEP's, the barème's, and the forfait (the territory's when its LAEP are given). */
  figures: FiguresCas;
  /** The territory's LAEP in N-1 read, and their totals, when the case gives them. */
  territoire: TerritoireResolu | null;
  detail: Detail;
  /** The steps of the correction, in order, each with its operation and, where there is one, the addendum's sentence. */
  correction: Etape[];
}

function lire(texte: string, cle: CleChamp): Decimal {
  const lu = lireSaisie(texte, CHAMPS[cle]);
  if (!(lu instanceof Decimal)) throw new Error(`Cas de formation : ${CHAMPS[cle].libelle} « ${texte} » : ${lu.probleme}`);
  return lu;
}

/**
 * A training case computed by the core, as a trainee should find it: the
 * same computation as the Simulation tab, on the training barème. A case
 * that gives its territory's LAEP gets the forfait of LAEP.FORFAITCTG and of
 * a campaign: their total N-1 bonus ÷ their total N-1 hours.
 */
export function resoudreCas(cas: CasFormation, bareme: Bareme = BAREME_DEMONSTRATION): CasResolu {
  let territoire: CasResolu["territoire"] = null;
  let forfait = bareme.forfaitExistant ?? new Decimal(0);
  if (cas.territoire) {
    const lignes = cas.territoire.map((l) => ({ nom: l.nom, heuresN1: lire(l.heuresN1, "heuresExistantes"), bonusN1: lire(l.bonusN1, "bonusTotalN1"), ceLaep: l.ceLaep ?? false }));
    const bonusN1 = Decimal.sum(...lignes.map((l) => l.bonusN1));
    const heuresN1 = Decimal.sum(...lignes.map((l) => l.heuresN1));
    territoire = { lignes, bonusN1, heuresN1 };
    forfait = forfaitDuTerritoire(Exact.depuisDecimal(bonusN1), Exact.depuisDecimal(heuresN1)).enDecimal();
  }
  const figures: FiguresCas = {
    heuresOuverture: lire(cas.laep.heuresOuverture, "heuresOuverture"),
    heuresOrganisation: lire(cas.laep.heuresOrganisation, "heuresOrganisation"),
    charges: lire(cas.laep.charges, "charges"),
    taux: bareme.taux,
    prixPlafond: bareme.prixPlafond,
    heuresExistantes: lire(cas.laep.heuresExistantes, "heuresExistantes"),
    forfaitExistant: forfait,
    baremeNouvelleHeure: bareme.baremeNouvelleHeure,
    autresFondsNationaux: lire(cas.laep.autresFondsNationaux ?? "0", "autresFondsNationaux"),
  };
  const detail = calculerDetail(figures);
  const etape = (cle: CleEtape) => detail.etapes.find((e) => e.cle === cle)!;
  const correction = cas.correction.map((cle) => {
    if (cle !== "forfaitExistant" || !territoire) return etape(cle);
    return { ...etape(cle), operation: operationForfait(territoire, forfait), texte: TEXTE_FORFAIT_TERRITOIRE };
  });
  return { cas, figures, territoire, detail, correction };
}

/** « (2 600,00 € + 1 300,00 € + 600,00 €) ÷ (500 h + 300 h + 200 h) = 4 500,00 € ÷ 1 000 h = 4,50 €/h » */
function operationForfait(t: TerritoireResolu, forfait: Decimal): string {
  const bonus = t.lignes.map((l) => formaterEuros(l.bonusN1)).join(" + ");
  const heures = t.lignes.map((l) => formaterHeures(l.heuresN1)).join(" + ");
  const exact = forfait.times(t.heuresN1).eq(t.bonusN1);
  return `(${bonus}) ÷ (${heures}) = ${formaterEuros(t.bonusN1)} ÷ ${formaterHeures(t.heuresN1)} ${exact ? "=" : "≈"} ${formaterEurosParHeure(forfait)}`;
}
