/**
 * « Compléter un tableau », the part without Excel: which column of the
 * officer's table feeds which input (recognised by the names the command line
 * recognises), and the live formulas appended to each row.
 *
 * The formulas are written in Office.js's invariant syntax (English names,
 * « , »); French Excel shows them as =SI(SOMME.SI(…);…). Every amount comes
 * from a LAEP function over core/, never from arithmetic on floats, except the
 * reste à financer, a difference of amounts already in cents.
 */
import { type Bareme, CHAMPS, type CleChamp } from "../../core";
import { colonnesNommees, formesDuNom, FORMES_TERRITOIRE } from "../../core/schemas/nomsColonnes";
import { lettresColonne } from "./adresses";
import { nomsDefinis } from "./feuilleBaremes";

/** The inputs a table may hold, and the campaign's columns. */
export type CleTableau =
  | "heuresOuverture"
  | "heuresOrganisation"
  | "charges"
  | "taux"
  | "prixPlafond"
  | "heuresExistantes"
  | "forfaitExistant"
  | "baremeNouvelleHeure"
  | "autresFondsNationaux"
  | "territoire"
  | "heuresFonctionnementN1"
  | "bonusCtgN1";

const CLES: CleTableau[] = [
  "heuresOuverture",
  "heuresOrganisation",
  "charges",
  "taux",
  "prixPlafond",
  "baremeNouvelleHeure",
  "autresFondsNationaux",
  "heuresExistantes",
  "forfaitExistant",
  "territoire",
  "heuresFonctionnementN1",
  "bonusCtgN1",
];

/** The columns appended, named as the command line names its result columns. */
export const COLONNES_AJOUTEES = [
  "forfait_existant_retenu",
  "heures_existantes_retenues",
  "heures_fonctionnement",
  "subvention",
  "bonus_ctg",
  "ecretement",
  "reste_a_financer",
] as const;

const EUROS = "#,##0.00 €";
const HEURES = "#,##0.##";
export const FORMATS_AJOUTES = ["#,##0.00## €", HEURES, HEURES, EUROS, EUROS, EUROS, EUROS];
/** The columns the totals row adds up (indexes in COLONNES_AJOUTEES). */
const TOTALISEES = [2, 3, 4, 5, 6];

export const LIBELLE_TERRITOIRE = "Territoire";

export function libelle(cle: CleTableau): string {
  return cle === "territoire" ? LIBELLE_TERRITOIRE : CHAMPS[cle as CleChamp].libelle;
}

/** Where an input comes from: a column of the table, a name of the barème sheet, or a constant. */
export type Origine = { colonne: number; entete: string } | { nom: string } | { constante: string };

export interface Plan {
  /** Absolute position of the table: its header row (1-based) and first column (0-based). */
  ligneEntete: number;
  premiereColonne: number;
  /** Data rows, 1-based, inclusive. */
  premiereLigne: number;
  derniereLigne: number;
  /** Absolute index of the first appended column. */
  colonneAjout: number;
  /** The table already holds the appended columns (a second run): they are rewritten in place. */
  dejaCompletee: boolean;
  campagne: boolean;
  origines: Partial<Record<CleTableau, Origine>>;
  /** The barème whose defined names the formulas use, if any. */
  bareme: Bareme | null;
  /** The totals row, one blank row below the table (so that sorting or filtering the table leaves it out). */
  ligneTotaux: number;
}

const ajoutee = (entete: string) => (COLONNES_AJOUTEES as readonly string[]).includes(entete.trim().toLowerCase());

/**
 * Recognises the table from its header row. `bareme`: the pane's chosen
 * barème, whose names stand in for the barème columns the table lacks.
 */
export function planifier(
  entete: readonly string[],
  position: { ligneEntete: number; premiereColonne: number; lignes: number },
  bareme: Bareme | null,
): { plan: Plan } | { erreurs: string[] } {
  // A second run: the table ends where the columns a first run appended start.
  const debutAjout = entete.findIndex(ajoutee);
  const propres = debutAjout >= 0 ? entete.slice(0, debutAjout) : entete;
  const erreurs: string[] = [];
  const origines: Partial<Record<CleTableau, Origine>> = {};
  const lettre = (i: number) => lettresColonne(position.premiereColonne + i);
  for (const cle of CLES) {
    const formes = cle === "territoire" ? FORMES_TERRITOIRE : formesDuNom(CHAMPS[cle].argument);
    const trouvees = colonnesNommees(propres, formes);
    if (trouvees.length > 1) erreurs.push(`Les colonnes ${trouvees.map(lettre).join(" et ")} désignent toutes deux « ${libelle(cle)} » : gardez-en une, ou renommez l'autre.`);
    if (trouvees.length > 0) origines[cle] = { colonne: trouvees[0], entete: propres[trouvees[0]] };
  }
  const noms = bareme ? nomsDefinis(bareme.code) : null;
  let utiliseBareme = false;
  for (const cle of ["taux", "prixPlafond", "baremeNouvelleHeure"] as const) {
    if (origines[cle] || !noms) continue;
    origines[cle] = { nom: noms[cle].nom };
    utiliseBareme = true;
  }
  const manquantes = (["heuresOuverture", "heuresOrganisation", "charges", "taux", "prixPlafond"] as const).filter((c) => !origines[c]);
  if (manquantes.length > 0) {
    const trouvees = propres.filter((e) => e.trim() !== "").slice(0, 12);
    erreurs.push(
      `Colonne${manquantes.length > 1 ? "s" : ""} introuvable${manquantes.length > 1 ? "s" : ""} : ${manquantes.map((c) => CHAMPS[c].argument).join(", ")}. ` +
        `La première ligne de la sélection doit nommer les colonnes comme pour la ligne de commande (heures_ouverture, heures_organisation, charges${noms ? "" : ", taux, prix_plafond — ou choisissez un barème dans l'onglet Simulation"}). ` +
        (trouvees.length > 0 ? `En-têtes lus : ${trouvees.join(", ")}.` : "La première ligne est vide."),
    );
  }
  const n1 = [origines.heuresFonctionnementN1, origines.bonusCtgN1].filter(Boolean).length;
  if (n1 === 1 || (n1 === 2 && !origines.territoire)) {
    erreurs.push("Pour dériver le forfait de chaque territoire, il faut les trois colonnes territoire, heures_fonctionnement_n1 et bonus_ctg_n1 (ou aucune des deux colonnes N-1).");
  }
  if (position.lignes < 1) erreurs.push("La sélection n'a pas de ligne sous l'en-tête : sélectionnez tout le tableau, en-tête et lignes des LAEP.");
  if (erreurs.length > 0) return { erreurs };

  const campagne = n1 === 2;
  if (!origines.baremeNouvelleHeure) origines.baremeNouvelleHeure = { constante: "0" };
  // The forfait: a campaign derives it; otherwise the table's column (empty = 0), or the barème's, or 0.
  if (!campagne && !origines.forfaitExistant) {
    if (noms && bareme!.forfaitExistant !== null) {
      origines.forfaitExistant = { nom: noms.forfaitExistant.nom };
      utiliseBareme = true;
    }
  }
  const derniereLigne = position.ligneEntete + position.lignes;
  return {
    plan: {
      ligneEntete: position.ligneEntete,
      premiereColonne: position.premiereColonne,
      premiereLigne: position.ligneEntete + 1,
      derniereLigne,
      colonneAjout: position.premiereColonne + propres.length,
      dejaCompletee: debutAjout >= 0,
      campagne,
      origines,
      bareme: utiliseBareme ? bareme : null,
      ligneTotaux: derniereLigne + 2,
    },
  };
}

/** The cell of row `ligne` for an input: « $C5 » (fill-down friendly), a defined name, or a constant. */
function reference(p: Plan, o: Origine, ligne: number): string {
  if ("colonne" in o) return `$${lettresColonne(p.premiereColonne + o.colonne)}${ligne}`;
  return "nom" in o ? o.nom : o.constante;
}

/** A whole data column, absolute: « $B$2:$B$2001 ». */
function plageColonne(p: Plan, o: Origine): string {
  const l = lettresColonne(p.premiereColonne + (o as { colonne: number }).colonne);
  return `$${l}$${p.premiereLigne}:$${l}$${p.derniereLigne}`;
}

/** The appended formulas of one data row, in the order of COLONNES_AJOUTEES. */
export function formulesLigne(p: Plan, ligne: number): string[] {
  const o = p.origines;
  const r = (cle: CleTableau) => reference(p, o[cle]!, ligne);
  const ici = (i: number) => `${lettresColonne(p.colonneAjout + i)}${ligne}`;
  const vide = (cle: CleTableau) => `${r(cle)}=""`;

  // The forfait: a row's own forfait_existant wins over its territory's.
  let forfait: string;
  if (p.campagne) {
    const somme = (cle: CleTableau) => `SUMIF(${plageColonne(p, o.territoire!)},${r("territoire")},${plageColonne(p, o[cle]!)})`;
    // No N-1 hours in the territory: no existing offer, forfait 0. No territory: #N/A, never a guess.
    const derive = `IF(${vide("territoire")},NA(),IF(${somme("heuresFonctionnementN1")}=0,0,LAEP.FORFAITCTG(${somme("bonusCtgN1")},${somme("heuresFonctionnementN1")})))`;
    forfait = o.forfaitExistant ? `IF(${vide("forfaitExistant")},${derive},${r("forfaitExistant")})` : derive;
  } else if (o.forfaitExistant && "colonne" in o.forfaitExistant) forfait = `IF(${vide("forfaitExistant")},0,${r("forfaitExistant")})`;
  else forfait = o.forfaitExistant ? r("forfaitExistant") : "0";

  // Existing hours: the row's heures_existantes, else its N-1 hours, else 0 (a new LAEP).
  const n1 = p.campagne ? `IF(${vide("heuresFonctionnementN1")},0,${r("heuresFonctionnementN1")})` : "0";
  const existantes = o.heuresExistantes ? `IF(${vide("heuresExistantes")},${n1},${r("heuresExistantes")})` : n1;

  const [ouv, org, charges] = [r("heuresOuverture"), r("heuresOrganisation"), r("charges")];
  const autres = o.autresFondsNationaux ? r("autresFondsNationaux") : null;
  const argsBonus = `${ouv},${org},${charges},${ici(3)},${ici(1)},${ici(0)},${r("baremeNouvelleHeure")}${autres ? `,${autres}` : ""}`;
  const resultats = [
    `LAEP.HEURES(${ouv},${org})`,
    `LAEP.SUBVENTION(${ouv},${org},${charges},${r("taux")},${r("prixPlafond")})`,
    `LAEP.BONUSCTG(${argsBonus})`,
    `LAEP.ECRETEMENT(${argsBonus})`,
    `ROUND(ROUND(${charges},2)-ROUND(${ici(3)}+${ici(4)}${autres ? `+ROUND(${autres},2)` : ""},2),2)`,
  ];
  // A LAEP with N-1 figures and none for year N (closed in N) counts in its territory's N-1 sums, and has no result.
  const ferme = p.campagne ? `AND(${ouv}="",${org}="",${charges}="",OR(${r("heuresFonctionnementN1")}<>"",${r("bonusCtgN1")}<>""))` : null;
  return [forfait, existantes, ...resultats].map((f) => (ferme ? `=IF(${ferme},"",${f})` : `=${f}`));
}

/** The totals row: « Total » under the table's first column, a SUM under each amount. */
export function formulesTotaux(p: Plan): { colonne: number; formule: string }[] {
  return [
    { colonne: p.premiereColonne, formule: "'Total" },
    ...TOTALISEES.map((i) => {
      const l = lettresColonne(p.colonneAjout + i);
      return { colonne: p.colonneAjout + i, formule: `=SUM(${l}${p.premiereLigne}:${l}${p.derniereLigne})` };
    }),
  ];
}

/** What the pane shows before writing: each input and where it comes from. */
export function correspondances(p: Plan): { donnee: string; source: string }[] {
  const lignes: { donnee: string; source: string }[] = [];
  for (const cle of CLES) {
    const o = p.origines[cle];
    let source: string;
    if (!o) {
      if (cle === "forfaitExistant" && p.campagne) source = "dérivé du territoire (SOMME.SI des chiffres N-1)";
      else if (cle === "heuresExistantes") source = p.campagne ? "heures_fonctionnement_n1 de la ligne" : "0 (pas de colonne)";
      else if (cle === "territoire" || cle === "heuresFonctionnementN1" || cle === "bonusCtgN1") continue;
      else source = "0 (pas de colonne)";
    } else if ("colonne" in o) source = `colonne ${lettresColonne(p.premiereColonne + o.colonne)} « ${o.entete} »${cle === "forfaitExistant" && p.campagne ? " (si remplie, sinon dérivé du territoire)" : ""}`;
    else if ("nom" in o) source = `barème ${p.bareme?.code ?? ""} (nom ${o.nom})`;
    else source = `${o.constante} (pas de colonne)`;
    lignes.push({ donnee: libelle(cle), source });
  }
  return lignes;
}
