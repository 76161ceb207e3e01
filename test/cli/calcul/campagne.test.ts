/**
 * The campaign (`calcul` with territoire and N-1 columns), run as a user runs
 * it (the built bin), each row checked against an oracle written again from
 * the addendum on BigInt fractions (test/support/rationnel.ts), independent
 * of core/: the forfait is the territory's Σ bonus N-1 ÷ Σ heures N-1, kept
 * as Excel keeps =LAEP.FORFAITCTG in a cell (the nearest double, read at 15
 * significant digits).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Campagne } from "../../../cli/calcul/campagne";
import { cli, sansTrace } from "../../support/cli";
import {
  auCentime,
  auCentimeQ,
  bonusAvantOracle,
  bonusOracle,
  depuisNombreExcel,
  div,
  enNombre,
  enTexteDecimal,
  heuresOracle,
  moins,
  plus,
  type Q,
  q,
  subventionOracle,
  ZERO_Q,
} from "../../support/rationnel";

jest.setTimeout(120_000);

const dossier = () => mkdtempSync(join(tmpdir(), "laep-campagne-"));
const lire = (chemin: string): string[][] => parse(readFileSync(chemin, "utf8"), { delimiter: ";", bom: true, relax_column_count: true });

/** A French figure of the file (« 12 000,00 », « 60 % ») as an exact fraction, read here without the core. */
function nombre(texte: string): Q {
  const t = texte.replace(/[\s\u00a0\u202f]/g, "");
  const pourcent = t.endsWith("%");
  const [entier, decimales = ""] = (pourcent ? t.slice(0, -1) : t).split(",");
  const v = q(BigInt(entier + decimales), 10n ** BigInt(decimales.length));
  return pourcent ? div(v, q(100n)) : v;
}

type Ligne = Record<string, string>;

/** The whole campaign by the oracle: { row index → expected result columns }. */
function oracle(lignes: Ligne[]): Map<number, Record<string, string>> {
  const sommes = new Map<string, { h: Q; b: Q }>();
  const cle = (t: string) => t.trim().toLowerCase();
  for (const l of lignes) {
    if (l.territoire.trim() === "" || (l.heures_fonctionnement_n1 === "" && l.bonus_ctg_n1 === "")) continue;
    const s = sommes.get(cle(l.territoire)) ?? { h: ZERO_Q, b: ZERO_Q };
    sommes.set(cle(l.territoire), { h: plus(s.h, l.heures_fonctionnement_n1 ? nombre(l.heures_fonctionnement_n1) : ZERO_Q), b: plus(s.b, l.bonus_ctg_n1 ? nombre(l.bonus_ctg_n1) : ZERO_Q) });
  }
  const attendu = new Map<number, Record<string, string>>();
  lignes.forEach((l, i) => {
    if (l.heures_ouverture === "" && l.heures_organisation === "" && l.charges === "") return;
    const s = sommes.get(cle(l.territoire)) ?? { h: ZERO_Q, b: ZERO_Q };
    const forfaitTerritoire = s.h.n === 0n ? ZERO_Q : depuisNombreExcel(enNombre(div(s.b, s.h)));
    const forfait = l.forfait_existant ? nombre(l.forfait_existant) : forfaitTerritoire;
    const existantes = l.heures_existantes ? nombre(l.heures_existantes) : l.heures_fonctionnement_n1 ? nombre(l.heures_fonctionnement_n1) : ZERO_Q;
    const [o, org, charges, taux, plafond, bareme] = [l.heures_ouverture, l.heures_organisation, l.charges, l.taux, l.prix_plafond, l.bareme_nouvelle_heure].map(nombre);
    const autres = l.autres_fonds_nationaux ? nombre(l.autres_fonds_nationaux) : ZERO_Q;
    const subvention = auCentimeQ(subventionOracle(o, org, charges, taux, plafond));
    const bonus = auCentimeQ(bonusOracle(o, org, charges, subvention, existantes, forfait, bareme, autres));
    const avant = auCentimeQ(bonusAvantOracle(heuresOracle(o, org), existantes, forfait, bareme));
    attendu.set(i, {
      forfait_existant_retenu: enTexteDecimal(forfait).replace(".", ","),
      heures_existantes_retenues: enTexteDecimal(existantes).replace(".", ","),
      subvention: auCentime(subvention).replace(".", ","),
      bonus_ctg: auCentime(bonus).replace(".", ","),
      ecretement: auCentime(moins(avant, bonus)).replace(".", ","),
      reste_a_financer: auCentime(moins(charges, plus(plus(subvention, bonus), autres))).replace(".", ","),
    });
  });
  return attendu;
}

function enLignes(table: string[][]): Ligne[] {
  const [entete, ...corps] = table;
  return corps.map((l) => Object.fromEntries(entete.map((e, i) => [e, l[i] ?? ""])));
}

/** A seeded generator, so that a failure can be replayed. */
function aleatoire(graine: number) {
  let s = graine >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("campagne : le forfait de chaque territoire dérivé des chiffres N-1", () => {
  const d = dossier();
  const sortie = join(d, "campagne-calcul.csv");
  const synthese = join(d, "synthese.csv");
  const r = cli(["calcul", join(__dirname, "../../../exemples/campagne.csv"), "-o", sortie, "--synthese", synthese]);
  const entree = enLignes(lire(join(__dirname, "../../../exemples/campagne.csv")));
  const resultats = enLignes(lire(sortie));

  it("calcule l'exemple sans erreur : un LAEP sans chiffres de l'année N est une note, pas une erreur", () => {
    expect(r.code).toBe(0);
    expect(r.sortie).toContain("5 LAEP calculés, 0 ligne en erreur, 1 sans chiffres de l'année N");
    expect(sansTrace(r.erreurs)).toBe(true);
  });

  it("donne à chaque ligne de l'exemple le bonus de l'oracle, avec le forfait de son territoire", () => {
    const attendu = oracle(entree);
    expect(attendu.size).toBe(5);
    for (const [i, colonnes] of attendu) for (const [c, v] of Object.entries(colonnes)) expect(`${i} ${c} ${resultats[i][c]}`).toBe(`${i} ${c} ${v}`);
  });

  it("retient le forfait exact du territoire, non arrondi : 5 800 € ÷ 1 100 h à 15 chiffres", () => {
    // 5 800 / 1 100 = 5,272727…; the N-1 figures of Val de Brume, by hand.
    expect(resultats[0].forfait_existant_retenu).toBe("5,27272727272727");
    expect(resultats[2].heures_existantes_retenues).toBe("0");
    expect(resultats[2].note_campagne).toMatch(/^nouveau LAEP/);
  });

  it("compte un LAEP fermé en N dans les totaux N-1 de son territoire, sans résultat pour l'année N", () => {
    const ferme = resultats[4];
    expect([ferme.subvention, ferme.bonus_ctg, ferme.erreur]).toEqual(["", "", ""]);
    expect(ferme.note_campagne).toContain("fermé");
    // Plateaux du Nord: (2 900 + 1 500) / (580 + 300) = 5.
    expect(resultats[3].forfait_existant_retenu).toBe("5");
  });

  it("donne un forfait 0 au territoire sans heure N-1, et le dit", () => {
    expect(resultats[5].forfait_existant_retenu).toBe("0");
    expect(resultats[5].note_campagne).toContain("pas d'offre existante, forfait 0");
    expect(r.sortie).toContain("Aucune heure de fonctionnement en N-1 : pas d'offre existante, forfait 0.");
  });

  it("lit la même campagne dans un classeur .xlsx (deux passes sur le classeur) et donne les mêmes montants", async () => {
    const classeur = new ExcelJS.Workbook();
    const f = classeur.addWorksheet("Campagne 2026");
    const brut = lire(join(__dirname, "../../../exemples/campagne.csv"));
    f.addRow(brut[0]);
    for (const l of brut.slice(1)) f.addRow(l.map((v, i) => (i < 2 || v === "" ? v : i === 5 ? Number(v.replace(" %", "")) / 100 : Number(v.replace(/\s/g, "").replace(",", ".")))));
    await classeur.xlsx.writeFile(join(d, "campagne.xlsx"));
    const x = cli(["calcul", join(d, "campagne.xlsx"), "-o", join(d, "x.csv")]);
    expect(x.code).toBe(0);
    const depuisXlsx = enLignes(lire(join(d, "x.csv")));
    for (const c of ["forfait_existant_retenu", "subvention", "bonus_ctg", "ecretement", "reste_a_financer", "note_campagne"]) {
      expect(depuisXlsx.map((l) => l[c])).toEqual(resultats.map((l) => l[c]));
    }
  });

  it("écrit une synthèse par territoire qui s'additionne telle qu'imprimée, et égale les totaux du calcul", () => {
    const s = enLignes(lire(synthese));
    expect(s.map((l) => l.territoire)).toEqual(["Val de Brume (fictif)", "Plateaux du Nord (fictif)", "Bourg-Neuf (fictif)", "Total"]);
    const centimes = (t: string) => BigInt(t.replace(",", ""));
    for (const c of ["subvention", "bonus_ctg", "ecretement", "reste_a_financer"]) {
      const somme = s.slice(0, -1).reduce((a, l) => a + centimes(l[c]), 0n);
      expect(somme).toBe(centimes(s[3][c]));
      expect(somme).toBe(resultats.reduce((a, l) => a + (l[c] ? centimes(l[c]) : 0n), 0n));
    }
    expect(s[0]).toMatchObject({ laep_calcules: "3", heures_fonctionnement_n1: "1100", bonus_ctg_n1: "5800,00", forfait_existant: "5,27272727272727" });
    expect(s[1]).toMatchObject({ laep_calcules: "1", laep_sans_annee_n: "1", heures_fonctionnement_n1: "880" });
    expect(r.sortie).toContain("Synthèse par territoire (3)");
    expect(r.sortie).toContain(`Synthèse écrite dans ${synthese}`);
  });
});

describe("campagne tirée au hasard : 400 lignes sur 12 territoires, contre l'oracle", () => {
  const d = dossier();
  const hasard = aleatoire(20261127);
  const entier = (a: number, b: number) => a + Math.floor(hasard() * (b - a + 1));
  const decimal = (max: number, decimales: number) => (entier(0, max * 10 ** decimales) / 10 ** decimales).toFixed(decimales).replace(".", ",");
  const entete = "nom;territoire;heures_ouverture;heures_organisation;charges;taux;prix_plafond;bareme_nouvelle_heure;autres_fonds_nationaux;heures_fonctionnement_n1;bonus_ctg_n1;forfait_existant;heures_existantes";
  const lignes: string[] = [];
  for (let i = 0; i < 400; i++) {
    // Territory names in varying case: SOMME.SI, and the command line, do not tell « Nord » from « NORD ».
    const t = `Territoire ${entier(1, 12)}`;
    const territoire = hasard() < 0.1 ? t.toUpperCase() : t;
    const ferme = hasard() < 0.05;
    const nouveau = !ferme && hasard() < 0.15;
    const annee = ferme ? ["", "", ""] : [decimal(900, 1), decimal(500, 1), decimal(40000, 2)];
    const n1 = nouveau ? ["", ""] : [decimal(900, 2), decimal(9000, 2)];
    const forfait = hasard() < 0.05 ? decimal(9, 3) : "";
    const existantes = hasard() < 0.05 ? decimal(800, 1) : "";
    lignes.push([`LAEP ${i}`, territoire, ...annee, `${entier(40, 80)} %`, decimal(40, 2), decimal(15, 2), hasard() < 0.3 ? decimal(5000, 2) : "", ...n1, forfait, existantes].join(";"));
  }
  const entree = join(d, "campagne.csv");
  writeFileSync(entree, `\ufeff${[entete, ...lignes].join("\r\n")}\r\n`);
  const sortie = join(d, "resultats.csv");
  const r = cli(["calcul", entree, "-o", sortie]);

  it("donne à chaque ligne les montants de l'oracle (forfait saisi ou heures saisies : la ligne l'emporte)", () => {
    expect(r.erreurs).toBe("");
    expect(r.code).toBe(0);
    const attendu = oracle(enLignes(lire(entree)));
    const resultats = enLignes(lire(sortie));
    expect(attendu.size).toBeGreaterThan(350);
    let ecarts = 0;
    for (const [i, colonnes] of attendu) for (const [c, v] of Object.entries(colonnes)) if (resultats[i][c] !== v) ecarts++;
    expect(ecarts).toBe(0);
    // The explicit values did occur, and the summary says where.
    expect(r.sortie).toMatch(/Forfait saisi dans forfait_existant, retenu au lieu du forfait du territoire : (la|les) lignes? \d/);
    expect(r.sortie).toContain("Synthèse par territoire (12)");
  });
});

describe("campagne : ce qui ne peut pas être dérivé est dit, ligne par ligne", () => {
  const entete = "nom;territoire;heures_ouverture;heures_organisation;charges;taux;prix_plafond;bareme_nouvelle_heure;heures_fonctionnement_n1;bonus_ctg_n1;forfait_existant";
  const ecrire = (lignes: string[]) => {
    const d = dossier();
    const entree = join(d, "c.csv");
    writeFileSync(entree, [entete, ...lignes].join("\n") + "\n");
    return { d, entree };
  };

  it("refuse de dériver le forfait d'un territoire dont un chiffre N-1 est illisible, sauf forfait saisi sur la ligne", () => {
    const { d, entree } = ecrire([
      "A;Nord;400;100;12000;60 %;30;10;500;abc;",
      "B;Nord;300;100;9000;60 %;30;10;200;1000;",
      "C;Nord;300;100;9000;60 %;30;10;200;1000;4",
      "D;;300;100;9000;60 %;30;10;;;",
    ]);
    const r = cli(["calcul", entree, "-o", join(d, "r.csv")]);
    expect(r.code).toBe(1);
    const t = enLignes(lire(join(d, "r.csv")));
    expect(t[0].erreur).toContain("bonus_ctg_n1");
    expect(t[1].erreur).toContain("Le forfait du territoire « Nord » ne peut pas être calculé : la ligne 2 a un chiffre N-1 illisible");
    expect(t[2].erreur).toBe("");
    expect(t[2].forfait_existant_retenu).toBe("4");
    expect(t[3].erreur).toContain("Territoire vide");
    expect(r.erreurs).toContain("Ligne 3 : Le forfait du territoire « Nord »");
    expect(sansTrace(r.erreurs + r.sortie)).toBe(true);
  });

  it("exige les trois colonnes ensemble : territoire, heures_fonctionnement_n1, bonus_ctg_n1", () => {
    const d = dossier();
    const entree = join(d, "c.csv");
    writeFileSync(entree, "nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond;heures_fonctionnement_n1\nA;400;100;12000;60 %;30;500\n");
    const r = cli(["calcul", entree]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("Colonnes manquantes : territoire, bonus_ctg_n1.");
    expect(readdirSync(d)).toEqual(["c.csv"]);
  });

  it("reconnaît les colonnes quelle que soit leur écriture (« Territoire », « Heures de fonctionnement N-1 »)", () => {
    const d = dossier();
    const entree = join(d, "c.csv");
    writeFileSync(entree, "Nom;Territoire;Heures d'ouverture;Heures d'organisation;Charges;Taux;Prix plafond;Barème nouvelle heure;Heures de fonctionnement N-1;Bonus CTG N-1\nA;Sud;400;100;12000;60 %;30;10;400;2000\n");
    const r = cli(["calcul", entree, "-o", join(d, "r.csv")]);
    expect(r.code).toBe(0);
    expect(enLignes(lire(join(d, "r.csv")))[0].forfait_existant_retenu).toBe("5");
  });

  it("demande une colonne territoire pour --synthese, sans rien écrire", () => {
    const d = dossier();
    const entree = join(d, "p.csv");
    writeFileSync(entree, "nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond\nA;400;100;12000;60 %;30\n");
    const r = cli(["calcul", entree, "--synthese", join(d, "s.csv")]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("--synthese fait la synthèse par territoire");
    expect(readdirSync(d)).toEqual(["p.csv"]);
  });

  it("n'écrase pas une synthèse existante sans --force, et refuse une synthèse qui serait le fichier de résultats", () => {
    const { d, entree } = ecrire(["A;Nord;400;100;12000;60 %;30;10;500;2500;"]);
    writeFileSync(join(d, "s.csv"), "à garder");
    const r = cli(["calcul", entree, "--synthese", join(d, "s.csv")]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, "s.csv"), "utf8")).toBe("à garder");
    expect(existsSync(join(d, "c-calcul.csv"))).toBe(false);
    const meme = cli(["calcul", entree, "-o", join(d, "r.csv"), "--synthese", join(d, "r.csv")]);
    expect(meme.code).toBe(2);
    expect(meme.erreurs).toContain("ne peuvent pas être le même fichier");
  });

  it("écrit la synthèse en .xlsx, montants en nombres, et neutralise un nom de territoire qui serait une formule en CSV", async () => {
    const { d, entree } = ecrire(["A;=HYPERLINK(\"http://x\");400;100;12000;60 %;30;10;500;2500;", "B;Sud;400;100;12000;60 %;30;10;;;"]);
    const r = cli(["calcul", entree, "-o", join(d, "r.xlsx"), "--synthese", join(d, "s.xlsx")]);
    expect(r.code).toBe(0);
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.readFile(join(d, "s.xlsx"));
    const f = classeur.worksheets[0];
    expect(f.name).toBe("Synthèse par territoire");
    expect(f.getRow(1).getCell(7).value).toBe("forfait_existant");
    expect(f.getRow(2).getCell(7).value).toBe(5);
    expect(f.getRow(4).getCell(1).value).toBe("Total");
    expect(f.getRow(4).getCell(8).value).toBe(14400);
    const csv = cli(["calcul", entree, "-o", join(d, "r2.csv"), "--synthese", join(d, "s.csv")]);
    expect(csv.code).toBe(0);
    expect(lire(join(d, "s.csv"))[1][0]).toBe("'=HYPERLINK(\"http://x\")");
  });
});

describe("campagne : les deux lectures du fichier doivent concorder", () => {
  it("refuse d'écrire quand la seconde passe n'additionne pas les mêmes chiffres N-1 que la première", () => {
    const c = new Campagne({ territoire: 1, n1: { heures: 2, bonus: 3 } }, "francaise");
    c.compterN1(2, "Nord", c.lireN1("500", "2 500"), 1);
    c.compterN1(2, "Nord", c.lireN1("500", "2 500"), 2);
    expect(() => c.verifier()).not.toThrow();
    c.compterN1(3, "NORD", c.lireN1("100", ""), 2);
    expect(() => c.verifier()).toThrow("Les deux lectures du fichier ne donnent pas les mêmes chiffres N-1 pour le territoire « Nord » : aucun résultat n'a été écrit.");
  });
});
