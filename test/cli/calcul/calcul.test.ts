/**
 * `financement-laep calcul` run as a user runs it (the built bin), on files
 * the tests write themselves, outputs checked cell by cell.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { calculerFinancement } from "../../../core";
import { cli, sansTrace } from "../../support/cli";

jest.setTimeout(120_000);

const dossier = () => mkdtempSync(join(tmpdir(), "laep-cli-"));
const ENTETE_FR = "nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond;heures_existantes;forfait_existant;bareme_nouvelle_heure;autres_fonds_nationaux";
const RESULTATS = ["heures_fonctionnement", "subvention", "bonus_ctg", "ecretement", "total_fonds_nationaux", "reste_a_financer", "erreur"];

/** Reads a written CSV back with a CSV parser of its own. */
function lignes(texte: string, sep: string): string[][] {
  return parse(texte, { delimiter: sep, bom: true, relax_column_count: true, skip_empty_lines: true });
}

describe("calcul d'un portefeuille CSV à la française", () => {
  const d = dossier();
  const entree = join(d, "portefeuille.csv");
  const contenu = [
    ENTETE_FR,
    "Les Petits Pas;400;300;12 000,00;60 %;30;500;5;10;0",
    '"Crèche ; parents";520,5;180;24000;0,6;30;520,5;5;10;1 500',
    "Sans CTG;300;120;9 800;60;30;;;;",
    "Erreur;250;;7 000;60 %;30;;;;",
  ].join("\r\n");
  writeFileSync(entree, `\ufeff${contenu}\r\n`);
  const r = cli(["calcul", entree]);
  const sortie = join(d, "portefeuille-calcul.csv");
  const brut = readFileSync(sortie);
  const t = lignes(brut.toString("utf8"), ";");

  it("écrit les mêmes lignes suivies des colonnes de résultat, à côté de l'entrée", () => {
    expect(t[0]).toEqual([...ENTETE_FR.split(";"), ...RESULTATS]);
    expect(t.map((l) => l[0])).toEqual(["nom", "Les Petits Pas", "Crèche ; parents", "Sans CTG", "Erreur"]);
    expect(t[1].slice(0, 10)).toEqual("Les Petits Pas;400;300;12 000,00;60 %;30;500;5;10;0".split(";"));
  });

  it("garde la convention de l'entrée : virgule décimale, point-virgule, BOM et fins de ligne Windows", () => {
    expect([...brut.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(brut.toString("utf8")).toContain("\r\n");
    // 400 h + 200 h ; 60 % × min(12 000 ; 18 000) ; bonus 3 500 écrêté à 2 400 — by hand.
    expect(t[1].slice(10)).toEqual(["600", "7200,00", "2400,00", "1100,00", "9600,00", "2400,00", ""]);
  });

  it("donne pour chaque ligne les montants du core", () => {
    const f = calculerFinancement({ heuresOuverture: 520.5, heuresOrganisation: 180, charges: 24000, taux: 0.6, prixPlafond: 30, heuresExistantes: 520.5, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: 1500 });
    const fr = (x: { toFixed(n?: number): string }, n?: number) => (n === undefined ? x.toFixed() : x.toFixed(n)).replace(".", ",");
    expect(t[2].slice(10)).toEqual([fr(f.heuresFonctionnement), fr(f.subventionLaep, 2), fr(f.bonusTerritoireCtg, 2), fr(f.ecretement, 2), fr(f.totalFondsNationaux, 2), fr(f.resteAFinancer, 2), ""]);
    expect(t[3].slice(10)).toEqual(["420", "5880,00", "0,00", "0,00", "5880,00", "3920,00", ""]);
  });

  it("met le message d'une ligne en erreur dans la colonne erreur, sans résultat, et calcule les autres", () => {
    expect(t[4].slice(10)).toEqual(["", "", "", "", "", "", "heures_organisation : la valeur est vide ; attendu un nombre d'heures positif ou nul."]);
    expect(r.code).toBe(1);
    expect(r.erreurs).toContain("Ligne 5 : heures_organisation : la valeur est vide");
  });

  it("résume les lignes calculées, en erreur, et les totaux", () => {
    const nb = (s: string) => s.replace(/\u202f|\u00a0/g, " ");
    expect(nb(r.sortie)).toContain("3 LAEP calculés, 1 ligne en erreur, sur 4.");
    expect(nb(r.sortie)).toContain("Total subvention LAEP : 25 689,00 €");
    expect(nb(r.sortie)).toContain(`Résultats écrits dans ${sortie}`);
  });

  it("ne modifie jamais le fichier d'entrée", () => {
    expect(readFileSync(entree, "utf8")).toBe(`\ufeff${contenu}\r\n`);
  });
});

describe("autres conventions et formats", () => {
  it("lit et réécrit un CSV Windows-1252", () => {
    const d = dossier();
    const entree = join(d, "ancien.csv");
    writeFileSync(entree, iconv.encode(`${ENTETE_FR}\r\nLAEP Étoilé;400;300;12000;60;30;500;5;10;0\r\n`, "windows-1252"));
    const r = cli(["calcul", entree]);
    expect(r.code).toBe(0);
    const brut = readFileSync(join(d, "ancien-calcul.csv"));
    expect(brut.includes(Buffer.from([0xc9]))).toBe(true); // « É » in Windows-1252
    expect(lignes(iconv.decode(brut, "windows-1252"), ";")[1]).toEqual(["LAEP Étoilé", "400", "300", "12000", "60", "30", "500", "5", "10", "0", "600", "7200,00", "2400,00", "1100,00", "9600,00", "2400,00", ""]);
  });

  it("lit et réécrit un CSV simple à virgules et point décimal", () => {
    const d = dossier();
    const entree = join(d, "simple.csv");
    writeFileSync(entree, "id,heures_ouverture,heures_organisation,charges,taux,prix_plafond\nA-1,400.5,300,12345.67,0.6,30\n");
    const r = cli(["calcul", entree]);
    expect(r.code).toBe(0);
    // 400,5 + 200,25 = 600,75 h ; 0,6 × min(12 345,67 ; 18 022,5) = 7 407,402 → 7 407,40.
    expect(lignes(readFileSync(join(d, "simple-calcul.csv"), "utf8"), ",")[1]).toEqual(["A-1", "400.5", "300", "12345.67", "0.6", "30", "600.75", "7407.40", "0.00", "0.00", "7407.40", "4938.27", ""]);
  });

  it("calcule la feuille choisie d'un classeur .xlsx et garde les autres colonnes", async () => {
    const d = dossier();
    const entree = join(d, "caf.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["rien ici"]);
    const ws = wb.addWorksheet("Portefeuille");
    ws.addRow(["Nom", "Heures d'ouverture", "Heures d'organisation", "Charges", "Taux", "Prix plafond", "Montant demandé"]);
    ws.addRow(["LAEP Sud", 400, 300, 12000, 0.6, 30, { formula: "D2*0.5", result: 6000 }]);
    ws.addRow(["LAEP Nord", 300, 100, 15000, 0.6, 30, 5000]);
    ws.getCell("E2").numFmt = "0%";
    await wb.xlsx.writeFile(entree);

    const r = cli(["calcul", entree, "--feuille", "Portefeuille"]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const lu = new ExcelJS.Workbook();
    await lu.xlsx.readFile(join(d, "caf-calcul.xlsx"));
    const f = lu.getWorksheet("Portefeuille")!;
    expect((f.getRow(1).values as unknown[]).slice(1)).toEqual(["Nom", "Heures d'ouverture", "Heures d'organisation", "Charges", "Taux", "Prix plafond", "Montant demandé", ...RESULTATS]);
    expect((f.getRow(2).values as unknown[]).slice(1, 14)).toEqual(["LAEP Sud", 400, 300, 12000, 0.6, 30, { formula: "D2*0.5", result: 6000 }, 600, 7200, 0, 0, 7200, 4800]);
    // 300 h + 100 h ; 0,6 × min(15 000 ; 12 000) = 7 200.
    expect((f.getRow(3).values as unknown[]).slice(8, 14)).toEqual([400, 7200, 0, 0, 7200, 7800]);
  });

  it("nomme les feuilles présentes quand la feuille demandée n'existe pas", async () => {
    const d = dossier();
    const entree = join(d, "c.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Données").addRow(["heures_ouverture"]);
    await wb.xlsx.writeFile(entree);
    const r = cli(["calcul", entree, "--feuille", "Autre"]);
    expect([r.code, r.erreurs.trim()]).toEqual([2, `Erreur : Pas de feuille « Autre » dans ${entree} : feuilles présentes : Données.`]);
  });
});

describe("fichiers de sortie", () => {
  it("ne remplace pas un fichier existant sans --force, et jamais l'entrée", () => {
    const d = dossier();
    const entree = join(d, "p.csv");
    writeFileSync(entree, `${ENTETE_FR}\nA;400;300;12000;60;30;0;0;0;0\n`);
    writeFileSync(join(d, "p-calcul.csv"), "à garder");
    const refus = cli(["calcul", entree]);
    expect(refus.code).toBe(2);
    expect(refus.erreurs).toMatch(/p-calcul\.csv existe déjà : choisissez un autre nom avec -o, ou ajoutez --force/);
    expect(readFileSync(join(d, "p-calcul.csv"), "utf8")).toBe("à garder");
    expect(cli(["calcul", entree, "--force"]).code).toBe(0);
    expect(readFileSync(join(d, "p-calcul.csv"), "utf8")).toContain("7200,00");
    const surEntree = cli(["calcul", entree, "-o", entree, "--force"]);
    expect([surEntree.code, surEntree.erreurs]).toEqual([2, "Erreur : La sortie ne peut pas être le fichier d'entrée : il n'est jamais modifié. Choisissez un autre nom avec -o.\n"]);
    expect(cli(["calcul", entree, "-o", join(d, "autre.csv")]).code).toBe(0);
  });
});

describe("fichiers inutilisables : un message clair, un code non nul, aucune trace", () => {
  const d = dossier();
  const cas: [string, string, Buffer | string, RegExp][] = [
    ["vide", "vide.csv", "", /^Erreur : Le fichier .*vide\.csv est vide\.$/],
    ["binaire", "binaire.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x00, 0x88]), /n'est pas un fichier texte CSV \(il contient des données binaires\)/],
    ["pas un tableau", "lettre.csv", "Bonjour,\nvoici les chiffres de l'année.\n", /^Erreur : Colonnes manquantes : heures_ouverture, heures_organisation, charges, taux, prix_plafond\./],
    ["colonne manquante", "manque.csv", "heures_ouverture;heures_organisation;charges;taux\n1;2;3;4\n", /^Erreur : Colonne manquante : prix_plafond\./],
    ["faux classeur", "faux.xlsx", "ceci n'est pas un classeur", /^Erreur : Le fichier .*faux\.xlsx n'est pas un classeur \.xlsx lisible/],
    ["extension inconnue", "p.ods", "x", /^Erreur : Format non reconnu \(\.ods\) : donnez un fichier \.csv ou \.xlsx\.$/],
  ];
  it.each(cas)("%s", (_nom, fichier, contenu, motif) => {
    writeFileSync(join(d, fichier), contenu);
    const avant = readdirSync(d).sort();
    const r = cli(["calcul", join(d, fichier)]);
    expect(r.code).toBe(2);
    expect(r.erreurs.trim()).toMatch(motif);
    expect(sansTrace(r.erreurs)).toBe(true);
    expect(readdirSync(d).sort()).toEqual(avant);
  });

  it("fichier absent et option inconnue", () => {
    expect(cli(["calcul", join(d, "absent.csv")]).erreurs.trim()).toBe(`Erreur : Fichier introuvable : ${join(d, "absent.csv")}`);
    const r = cli(["calcul", "x.csv", "--vite"]);
    expect([r.code, r.erreurs.trim()]).toEqual([2, "Erreur : Option inconnue --vite : voir financement-laep calcul --aide."]);
    expect(cli([]).code).toBe(2);
  });
});

describe("gros portefeuille", () => {
  it("traite 100 000 lignes avec un tas limité à 64 Mio : la mémoire ne dépend pas du nombre de lignes", () => {
    const d = dossier();
    const entree = join(d, "national.csv");
    const lignesCsv = [ENTETE_FR];
    for (let i = 0; i < 100_000; i++) lignesCsv.push(`LAEP ${i};${300 + (i % 500)};${i % 300};${10000 + i};60 %;30;${i % 700};5;10;${i % 3 === 0 ? 500 : 0}`);
    writeFileSync(entree, `${lignesCsv.join("\r\n")}\r\n`);
    const r = cli(["calcul", entree], { nodeOptions: ["--max-old-space-size=64"] });
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const sortie = readFileSync(join(d, "national-calcul.csv"), "utf8").trimEnd().split("\r\n");
    expect(sortie.length).toBe(100_001);
    const i = 99_999;
    const f = calculerFinancement({ heuresOuverture: 300 + (i % 500), heuresOrganisation: i % 300, charges: 10000 + i, taux: 0.6, prixPlafond: 30, heuresExistantes: i % 700, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: i % 3 === 0 ? 500 : 0 });
    expect(sortie[100_000].split(";").slice(11, 13)).toEqual([f.subventionLaep.toFixed(2).replace(".", ","), f.bonusTerritoireCtg.toFixed(2).replace(".", ",")]);
    expect(existsSync(entree)).toBe(true);
  });

  it("écrit 100 000 lignes dans un classeur .xlsx mis en forme avec un tas limité à 64 Mio", async () => {
    const d = dossier();
    const entree = join(d, "national.csv");
    const lignesCsv = [ENTETE_FR];
    for (let i = 0; i < 100_000; i++) lignesCsv.push(`LAEP ${i};${300 + (i % 500)};${i % 300};${10000 + i};60 %;30;${i % 700};5;10;${i % 3 === 0 ? 500 : 0}`);
    writeFileSync(entree, `${lignesCsv.join("\r\n")}\r\n`);
    const r = cli(["calcul", entree, "-o", join(d, "national.xlsx")], { nodeOptions: ["--max-old-space-size=64"] });
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const lu = new ExcelJS.Workbook();
    await lu.xlsx.readFile(join(d, "national.xlsx"));
    const f = lu.worksheets[0];
    expect(f.rowCount).toBe(100_001);
    const i = 99_999;
    const attendu = calculerFinancement({ heuresOuverture: 300 + (i % 500), heuresOrganisation: i % 300, charges: 10000 + i, taux: 0.6, prixPlafond: 30, heuresExistantes: i % 700, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: i % 3 === 0 ? 500 : 0 });
    expect([f.getCell("L100001").value, f.getCell("M100001").value]).toEqual([attendu.subventionLaep.toNumber(), attendu.bonusTerritoireCtg.toNumber()]);
  });
});
