/**
 * The campaign's summary, one line per territory and a total: on the
 * terminal after the run, and as a table with --synthese. The total line
 * adds up the territories as printed, and equals the run's totals.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Exact, formaterEuros, formaterHeures, formaterNombre } from "../../core/noyau";
import type { Campagne, Territoire } from "./campagne";
import type { LigneSortie, Sortie } from "./evenements";
import type { FormatCsv } from "./lireCsv";
import type { FormatFichier } from "../sortie";

/** The summary file's columns. */
export const COLONNES_SYNTHESE = [
  "territoire",
  "laep_calcules",
  "lignes_en_erreur",
  "laep_sans_annee_n",
  "heures_fonctionnement_n1",
  "bonus_ctg_n1",
  "forfait_existant",
  "subvention",
  "bonus_ctg",
  "ecretement",
  "reste_a_financer",
  "remarques",
] as const;

export const SANS_TERRITOIRE = "(sans territoire)";

function nom(t: Territoire): string {
  return t.nom === "" ? SANS_TERRITOIRE : t.nom;
}

/** What the reader of the summary must know about a territory, in plain words. */
export function remarques(t: Territoire, avecN1: boolean): string[] {
  const r: string[] = [];
  if (avecN1 && t.nom !== "") {
    if (t.illisibles.nombre > 0) r.push(`forfait non calculable : chiffre N-1 illisible sur ${t.illisibles.texte()}`);
    else if (t.heuresN1.isZero()) {
      r.push(
        t.bonusN1.isZero()
          ? "aucune heure de fonctionnement en N-1 : pas d'offre existante, forfait 0"
          : `aucune heure de fonctionnement en N-1 mais un bonus N-1 de ${formaterEuros(t.bonusN1.enDecimal())} : forfait 0, vérifiez les chiffres N-1`,
      );
    }
  }
  if (t.nouveaux.nombre > 0) r.push(`${t.nouveaux.nombre > 1 ? "nouveaux" : "nouveau"} LAEP (pas d'heures N-1) : ${t.nouveaux.texte()}`);
  if (t.forfaitsSaisis.nombre > 0) r.push(`forfait saisi dans forfait_existant, retenu au lieu du forfait du territoire : ${t.forfaitsSaisis.texte()}`);
  if (t.heuresSaisies.nombre > 0) r.push(`heures saisies dans heures_existantes, retenues au lieu des heures N-1 : ${t.heuresSaisies.texte()}`);
  if (t.fermes.nombre > 0) r.push(`sans chiffres de l'année N (LAEP fermé ?), compté dans les totaux N-1 : ${t.fermes.texte()}`);
  if (t.enErreur.nombre > 0) r.push(`en erreur, hors totaux : ${t.enErreur.texte()}`);
  return r;
}

interface Totaux {
  calcules: number;
  enErreur: number;
  fermes: number;
  heuresN1: Exact;
  bonusN1: Exact;
  subvention: Exact;
  bonus: Exact;
  ecretement: Exact;
  reste: Exact;
}

function totaux(liste: Territoire[]): Totaux {
  const z: Totaux = { calcules: 0, enErreur: 0, fermes: 0, heuresN1: Exact.ZERO, bonusN1: Exact.ZERO, subvention: Exact.ZERO, bonus: Exact.ZERO, ecretement: Exact.ZERO, reste: Exact.ZERO };
  for (const t of liste) {
    z.calcules += t.calcules;
    z.enErreur += t.enErreur.nombre;
    z.fermes += t.fermes.nombre;
    z.heuresN1 = z.heuresN1.plus(t.heuresN1);
    z.bonusN1 = z.bonusN1.plus(t.bonusN1);
    z.subvention = z.subvention.plus(t.subvention);
    z.bonus = z.bonus.plus(t.bonus);
    z.ecretement = z.ecretement.plus(t.ecretement);
    z.reste = z.reste.plus(t.reste);
  }
  return z;
}

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? "s" : ""}`;

/** The summary as the terminal shows it. */
export function texteSynthese(c: Campagne): string {
  const avecN1 = c.colonnes.n1 !== null;
  const liste = c.liste();
  const lignes = [`Synthèse par territoire (${liste.length}) :`];
  const montants = (x: { subvention: Exact; bonus: Exact; ecretement: Exact; reste: Exact }) =>
    `subvention ${formaterEuros(x.subvention.enDecimal())} ; bonus CTG ${formaterEuros(x.bonus.enDecimal())} (écrêtement ${formaterEuros(x.ecretement.enDecimal())}) ; reste à financer ${formaterEuros(x.reste.enDecimal())}`;
  for (const t of liste) {
    lignes.push(`- ${nom(t)} : ${pluriel(t.calcules, "LAEP calculé")}`);
    const forfait = t.forfait();
    if (avecN1 && t.nom !== "" && forfait instanceof Exact) {
      lignes.push(`    N-1 : ${formaterHeures(t.heuresN1.enDecimal())}, bonus ${formaterEuros(t.bonusN1.enDecimal())} ; forfait de l'offre existante ${formaterNombre(forfait.enDecimal(), 2)}\u00a0€/h`);
    }
    lignes.push(`    ${montants(t)}`);
    for (const r of remarques(t, avecN1)) lignes.push(`    ${r[0].toUpperCase()}${r.slice(1)}.`);
  }
  const z = totaux(liste);
  lignes.push(`- Total : ${pluriel(z.calcules, "LAEP calculé")}`, `    ${montants(z)}`);
  return lignes.join("\n");
}

/** The summary's rows, as the writers of `calcul` take them. */
function lignesSynthese(c: Campagne): LigneSortie[] {
  const avecN1 = c.colonnes.n1 !== null;
  const liste = c.liste();
  const montant = (x: Exact): Sortie => ({ resultat: x, nature: "euros" });
  const ligne = (numero: number, libelle: string, t: Totaux, forfait: Exact | null, n1: boolean, rem: string[]): LigneSortie => ({
    numero,
    cellules: [
      { source: libelle },
      { entier: t.calcules },
      { entier: t.enErreur },
      { entier: t.fermes },
      n1 ? { resultat: t.heuresN1, nature: "heures" } : { source: undefined },
      n1 ? montant(t.bonusN1) : { source: undefined },
      forfait ? { resultat: forfait, nature: "eurosParHeure" } : { source: undefined },
      montant(t.subvention),
      montant(t.bonus),
      montant(t.ecretement),
      montant(t.reste),
      { message: rem.join(" ; ") },
    ],
  });
  const rangees: LigneSortie[] = [
    { feuille: "Synthèse par territoire", principale: true },
    { entete: true, cellules: COLONNES_SYNTHESE.map((source) => ({ source })), resultats: COLONNES_SYNTHESE.length - 1 },
  ];
  liste.forEach((t, i) => {
    const forfait = avecN1 && t.nom !== "" ? t.forfait() : null;
    const z = { ...totaux([t]) };
    rangees.push(ligne(i + 2, nom(t), z, forfait instanceof Exact ? forfait : null, avecN1 && t.nom !== "", remarques(t, avecN1)));
  });
  rangees.push(ligne(liste.length + 2, "Total", totaux(liste), null, avecN1, []));
  return rangees;
}

/** Writes the summary to `chemin`, a CSV in the input's convention (French Excel's from a workbook), or a workbook. */
export async function ecrireSynthese(chemin: string, format: FormatFichier, c: Campagne, formatCsv: FormatCsv | null): Promise<void> {
  const rangees = lignesSynthese(c);
  if (format === ".csv") {
    const { ecrireCsv, lignesCsv, CSV_EXCEL_FRANCAIS } = await import("./ecrireCsv");
    const f = formatCsv ?? CSV_EXCEL_FRANCAIS;
    const texte = lignesCsv(f.convention);
    await (pipeline as (...flux: unknown[]) => Promise<void>)(Readable.from(rangees.map(texte).filter((l) => l !== null)), ...ecrireCsv(chemin, f));
  } else {
    const { ecrireXlsx } = await import("./ecrireXlsx");
    await pipeline(Readable.from(rangees), ecrireXlsx(chemin));
  }
}
