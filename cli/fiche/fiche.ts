/**
 * `financement-laep fiche`: the calculation sheet of one LAEP as an HTML
 * file ready to print (one A4 page), the same sheet the task pane prints.
 * The figures come from options, or from one row of a portfolio
 * (`--ligne N`, the row as Excel numbers it), computed as `calcul`
 * computes it (in a campaign, with its territory's forfait).
 *
 * HTML rather than PDF: a browser prints it as it prints the pane, and a PDF
 * writer would be a heavy dependency (a headless browser) for what any
 * browser already does.
 */
import { writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import {
  ATTENDU,
  ATTENDU_TAUX_SAISI,
  type BaremeFiche,
  calculerDetail,
  CHAMPS,
  CHAMPS_FINANCEMENT,
  citer,
  dateIsoLocale,
  documentFiche,
  Exact,
  lireDateFrancaise,
  lireSaisieExact,
  type ValeursFinancement,
} from "../../core/noyau";
import { ErreurCli } from "../erreurs";
import { ecrireAtomiquement, verifierSortie } from "../sortie";

type CleEntree = keyof typeof CHAMPS_FINANCEMENT;

/** Each input's option, named after its column (heures_ouverture → --heures-ouverture). */
export const OPTIONS_CHIFFRES: readonly { cle: CleEntree; option: string; propriete: string }[] = (Object.keys(CHAMPS_FINANCEMENT) as CleEntree[]).map((cle) => ({
  cle,
  option: `--${CHAMPS[cle].argument.replace(/_/g, "-")}`,
  propriete: cle,
}));

const OBLIGATOIRES: CleEntree[] = ["heuresOuverture", "heuresOrganisation", "charges", "taux", "prixPlafond"];

export interface OptionsFiche {
  ligne?: string;
  feuille?: string;
  sortie?: string;
  force?: boolean;
  nom?: string;
  source?: string;
  verifieLe?: string;
  demonstration?: boolean;
  /** The figures, by input key, as typed. */
  [cle: string]: string | boolean | undefined;
}

export async function ecrireFiche(fichier: string | undefined, o: OptionsFiche, version: string): Promise<{ sortie: string; resume: string }> {
  const donnees = OPTIONS_CHIFFRES.filter((c) => o[c.propriete] !== undefined);
  if (fichier !== undefined && o.ligne === undefined) throw new ErreurCli("Avec un portefeuille, --ligne N dit quelle ligne mettre sur la fiche (la ligne telle qu'Excel la numérote ; l'en-tête est la ligne 1).");
  if (fichier === undefined && o.ligne !== undefined) throw new ErreurCli("--ligne demande un portefeuille : financement-laep fiche portefeuille.csv --ligne 3.");
  if (fichier !== undefined && donnees.length > 0) throw new ErreurCli(`Avec --ligne, les chiffres viennent du portefeuille : retirez ${donnees.map((c) => c.option).join(", ")}.`);
  if (fichier !== undefined && o.demonstration) throw new ErreurCli("Avec --ligne, le taux et les prix viennent du portefeuille : retirez --demonstration.");
  if (fichier === undefined && o.feuille !== undefined) throw new ErreurCli("--feuille s'applique à un portefeuille .xlsx donné avec --ligne.");
  const verifieLe = lireVerifieLe(o.verifieLe);

  // The training barème, to fill in with --demonstration and to recognise its figures however they were given.
  const { BAREME_DEMONSTRATION: demo } = await import("../../core/baremes/demonstration");
  const figuresDemo: Partial<Record<CleEntree, Exact>> = {
    taux: Exact.depuisDecimal(demo.taux),
    prixPlafond: Exact.depuisDecimal(demo.prixPlafond),
    baremeNouvelleHeure: Exact.depuisDecimal(demo.baremeNouvelleHeure),
    ...(demo.forfaitExistant === null ? {} : { forfaitExistant: Exact.depuisDecimal(demo.forfaitExistant) }),
  };
  let entrees: ValeursFinancement;
  let nom = o.nom ?? null;
  let territoire: string | null = null;
  let origine: string | null = null;
  let sortieParDefaut: string;
  if (fichier !== undefined) {
    const numero = Number(o.ligne);
    if (!/^\d{1,9}$/.test(o.ligne!.trim()) || numero < 1) throw new ErreurCli(`--ligne attend un numéro de ligne (2, 3…) ; reçu « ${citer(o.ligne!)} ».`);
    const { lireLigne } = await import("../calcul/calcul");
    const l = await lireLigne(fichier, { feuille: o.feuille, numero });
    if (l.entete === numero) throw new ErreurCli(`La ligne ${numero} est l'en-tête du fichier : donnez une ligne de LAEP (la première est la ligne ${numero + 1}).`);
    if (l.entete !== undefined && numero < l.entete) throw new ErreurCli(`La ligne ${numero} est avant l'en-tête (ligne ${l.entete}) : les LAEP commencent à la ligne ${l.entete + 1}.`);
    if (!l.trouvee) {
      throw new ErreurCli(
        numero > l.derniere
          ? `Pas de ligne ${numero} dans ${fichier} : ${l.derniere > (l.entete ?? 0) ? `les LAEP vont de la ligne ${(l.entete ?? 0) + 1} à la ligne ${l.derniere}` : "le fichier n'a aucune ligne de LAEP"}.`
          : `La ligne ${numero} de ${fichier} est vide.`,
      );
    }
    const r = l.trouvee.r;
    if ("ferme" in r) throw new ErreurCli(`Ligne ${numero} : pas de chiffres de l'année N (LAEP fermé ?) : pas de fiche.`, 1);
    if ("erreur" in r) throw new ErreurCli(`Ligne ${numero} : ${r.erreur}`, 1);
    entrees = r.resultat.entrees;
    nom ??= l.trouvee.nom.trim() || null;
    territoire = l.trouvee.territoire.trim() || null;
    origine = `ligne ${numero} de ${basename(fichier)}${l.campagne ? " (campagne : forfait et heures existantes tirés des totaux N-1 du territoire)" : ""}`;
    sortieParDefaut = resolve(fichier.replace(/\.(csv|xlsx)$/i, "") + `-ligne-${numero}.html`);
  } else {
    entrees = lireOptions(o, o.demonstration ? figuresDemo : {});
    sortieParDefaut = resolve("fiche-laep.html");
  }

  const sortie = verifierSortie(o.sortie === undefined ? sortieParDefaut : resolve(o.sortie), fichier ?? null, o.force ?? false);
  if (!/\.html?$/i.test(sortie)) throw new ErreurCli(`La fiche ${o.sortie} doit finir par .html : c'est une page à ouvrir et imprimer dans un navigateur.`);

  const detail = calculerDetail(entrees);
  // A sheet whose taux and prices are the training barème's says so, however they were given.
  const fictif = Boolean(o.demonstration) || (["taux", "prixPlafond", "baremeNouvelleHeure"] as const).every((c) => entrees[c].eq(figuresDemo[c]!));
  const bareme: BaremeFiche = o.demonstration
    ? { libelle: demo.libelle, source: demo.source, verifieLe: demo.verifieLe }
    : { libelle: fichier !== undefined ? "taux et prix de la ligne du portefeuille" : "taux et prix donnés en options", source: o.source ?? null, verifieLe };
  const html = documentFiche({ detail, bareme, fictif, date: dateIsoLocale(new Date()), nom, territoire, origine, version });
  await ecrireAtomiquement(sortie, (temporaire) => writeFile(temporaire, html, { encoding: "utf8", flag: "wx" }));
  return { sortie, resume: `Fiche écrite dans ${sortie} (une page A4 : ouvrez-la dans un navigateur et imprimez-la).${fictif ? " Barème fictif : la fiche le dit en grand." : ""}` };
}

/** The figures given as options, each read as the pane reads a field; every problem said at once, by option. */
function lireOptions(o: OptionsFiche, duBareme: Partial<Record<CleEntree, Exact>>): ValeursFinancement {
  const problemes: string[] = [];
  const manquantes: string[] = [];
  const valeurs: Partial<ValeursFinancement> = {};
  for (const c of OPTIONS_CHIFFRES) {
    const texte = o[c.propriete];
    if (typeof texte !== "string") {
      const figure = duBareme[c.cle];
      if (figure) valeurs[c.cle] = figure;
      else if (OBLIGATOIRES.includes(c.cle)) manquantes.push(c.option);
      else valeurs[c.cle] = Exact.ZERO;
      continue;
    }
    const lu = lireSaisieExact(texte, CHAMPS[c.cle]);
    if (lu instanceof Exact) valeurs[c.cle] = lu;
    else problemes.push(`${c.option} : ${lu.probleme} (attendu ${c.cle === "taux" ? ATTENDU_TAUX_SAISI : ATTENDU[CHAMPS[c.cle].nature]})`);
  }
  if (manquantes.length > 0) {
    problemes.unshift(
      `il manque ${manquantes.join(", ")}${manquantes.some((m) => ["--taux", "--prix-plafond"].includes(m)) ? " (ou --demonstration pour le taux et les prix du barème fictif de formation)" : ""}`,
    );
  }
  if (problemes.length > 0) throw new ErreurCli(`Fiche impossible : ${problemes.join(" ; ")}.`);
  return valeurs as ValeursFinancement;
}

function lireVerifieLe(texte: string | undefined): string | null {
  if (texte === undefined) return null;
  const lu = lireDateFrancaise(texte);
  if (lu === null) throw new ErreurCli(`--verifie-le attend une date jj/mm/aaaa ; reçu « ${citer(texte)} ».`);
  if ("inexistante" in lu) throw new ErreurCli(`--verifie-le : le ${citer(texte)} n'existe pas.`);
  return lu.date;
}
