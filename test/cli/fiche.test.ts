/**
 * `financement-laep fiche`, run as a user runs it (the built bin): the page
 * it writes, its refusals, and what it never does (overwrite, leave half a
 * file, run a script from a file). Figures are worked by hand or by the
 * BigInt oracle of test/support/rationnel.ts, not by the core.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, sansTrace } from "../support/cli";

jest.setTimeout(60_000);

const dossier = () => mkdtempSync(join(tmpdir(), "laep-fiche-"));
const EXEMPLES = join(__dirname, "../../exemples");
/** The page as a reader sees it: text only, French spaces made plain. */
const texte = (chemin: string) =>
  readFileSync(chemin, "utf8")
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/[\u202f\u00a0]/g, " ")
    .replace(/\s+/g, " ");

const LAEP = ["--heures-ouverture", "400", "--heures-organisation", "300", "--charges", "12 000", "--taux", "60 %", "--prix-plafond", "30"];

describe("financement-laep fiche", () => {
  it("écrit, à partir d'options, une page qui donne le résultat, la source du barème et chaque étape", () => {
    const d = dossier();
    // A prix plafond of 30,50 €/h: not the fictitious barème's figures (20 €/h stays below it).
    const r = cli(["fiche", ...LAEP.slice(0, -1), "30,50", "--heures-existantes", "500", "--forfait-existant", "5", "--bareme-nouvelle-heure", "10", "--autres-fonds-nationaux", "2 000", "--nom", "LAEP Les Petits Pas", "--source", "Barèmes 2025 (exemple de test)", "--verifie-le", "15/01/2025"], { cwd: d });
    expect(r.erreurs).toBe("");
    expect(r.code).toBe(0);
    expect(r.sortie).toContain(`Fiche écrite dans ${join(d, "fiche-laep.html")}`);
    const t = texte(join(d, "fiche-laep.html"));
    // By hand: 400 h + min(300 ; 200) = 600 h; 20 €/h < 30 €/h: 60 % × 12 000 = 7 200; bonus 500 × 5 + 100 × 10 = 3 500,
    // capped at 80 % × 12 000 − 7 200 − 2 000 = 400; reste 12 000 − 9 600 = 2 400.
    expect(t).toContain("Subvention LAEP 7 200,00 € Bonus territoire CTG (après écrêtement de 3 100,00 €) 400,00 € Autres fonds nationaux 2 000,00 € Total des fonds nationaux 9 600,00 € Reste à financer par d'autres partenaires 2 400,00 €");
    expect(t).toContain("LAEP : LAEP Les Petits Pas.");
    expect(t).toContain("Source : Barèmes 2025 (exemple de test). Vérifié le 15/01/2025.");
    expect(t).toContain("Heures de fonctionnement 400 h + 200 h = 600 h 600 h");
    expect(t).not.toMatch(/fictif/i);
  });

  it("avec --demonstration, prend le barème fictif et le dit en grand", () => {
    const d = dossier();
    const r = cli(["fiche", "--demonstration", "--heures-ouverture", "400", "--heures-organisation", "300", "--charges", "12000", "-o", "formation.html"], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.sortie).toContain("Barème fictif");
    const t = texte(join(d, "formation.html"));
    expect(t).toContain("Barème fictif");
    expect(t).toMatch(/Taux de la subvention 60 % Prix plafond horaire 30,00 €\/h Barème nouvelle heure 10,00 €\/h Forfait horaire offre existante 5,00 €\/h/);
  });

  it("met sur la fiche une ligne d'une campagne, avec le forfait du territoire tiré des totaux N-1 du fichier", () => {
    const d = dossier();
    const r = cli(["fiche", join(EXEMPLES, "campagne.csv"), "--ligne", "3", "-o", join(d, "passerelle.html")]);
    expect(r.erreurs).toBe("");
    expect(r.code).toBe(0);
    const t = texte(join(d, "passerelle.html"));
    expect(t).toContain("LAEP : LAEP La Passerelle (fictif). Territoire : Val de Brume (fictif).");
    expect(t).toContain("ligne 3 de campagne.csv (campagne");
    // Val de Brume's N-1 rows, read from the file here: Σ bonus and Σ hours.
    const lignes = readFileSync(join(EXEMPLES, "campagne.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(";"));
    const n1 = lignes.slice(1).filter((l) => l[1] === "Val de Brume (fictif)" && l[9] !== "");
    const centimes = (s: string) => {
      const [entier, fraction = ""] = s.replace(/\s/g, "").split(",");
      return BigInt(entier) * 100n + BigInt(fraction.padEnd(2, "0") || "0");
    };
    const bonusN1 = n1.reduce((s, l) => s + centimes(l[10]), 0n);
    const heuresN1 = n1.reduce((s, l) => s + BigInt(l[9]), 0n);
    // Row 3: 520 h + 180 h = 700 h, 600 h existing at Σbonus/Σheures, 100 new hours at 10 €/h; in cents, half away from zero.
    const num = 600n * bonusN1 + 100n * 1000n * heuresN1;
    const bonusCentimes = (2n * num + heuresN1) / (2n * heuresN1);
    const euros = `${(bonusCentimes / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${String(bonusCentimes % 100n).padStart(2, "0")} €`;
    expect(t).toContain(`Bonus avant plafonnement 600 h × `);
    expect(t).toContain(`≈ ${euros} ${euros}`);
    expect(t).toContain("Barème fictif");
  });

  it("lit une ligne d'un classeur .xlsx (nombres, taux en fraction)", async () => {
    const d = dossier();
    const classeur = new ExcelJS.Workbook();
    const f = classeur.addWorksheet("Portefeuille");
    f.addRow(["nom", "heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond"]);
    f.addRow(["LAEP Un", 200, 50, 9000, 0.6, 30]);
    f.addRow(["LAEP Deux", 300, 200, 20000, 0.6, 30]);
    await classeur.xlsx.writeFile(join(d, "p.xlsx"));
    const r = cli(["fiche", join(d, "p.xlsx"), "--ligne", "3"]);
    expect(r.code).toBe(0);
    // 300 h + 150 h = 450 h; 20 000 ÷ 450 > 30: 60 % × 30 × 450 = 8 100.
    const t = texte(join(d, "p-ligne-3.html"));
    expect(t).toContain("LAEP : LAEP Deux.");
    expect(t).toContain("Subvention LAEP 8 100,00 €");
  });

  it("refuse, en français et par option, ce qui manque ou ne se lit pas, sans rien écrire", () => {
    const d = dossier();
    const r = cli(["fiche", "--heures-ouverture", "400", "--charges", "douze mille", "--taux", "160"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("il manque --heures-organisation, --prix-plafond (ou --demonstration");
    expect(r.erreurs).toContain("--charges : « douze mille » n'est pas un nombre");
    expect(r.erreurs).toContain("--taux : 160 dépasse 100 %");
    expect(sansTrace(r.erreurs)).toBe(true);
    expect(readdirSync(d)).toEqual([]);
    expect(cli(["fiche", ...LAEP, "--verifie-le", "31/02/2025"], { cwd: d }).erreurs).toContain("--verifie-le : le 31/02/2025 n'existe pas.");
    expect(cli(["fiche", ...LAEP, "-o", "fiche.pdf"], { cwd: d }).erreurs).toContain("doit finir par .html");
    expect(readdirSync(d)).toEqual([]);
  });

  it("dit quelle ligne donner : l'en-tête, une ligne absente, une ligne en erreur (code 1), des options en trop", () => {
    const d = dossier();
    const campagne = join(EXEMPLES, "campagne.csv");
    expect(cli(["fiche", campagne, "--ligne", "1"]).erreurs).toContain("La ligne 1 est l'en-tête du fichier : donnez une ligne de LAEP (la première est la ligne 2).");
    expect(cli(["fiche", campagne, "--ligne", "99"]).erreurs).toContain("les LAEP vont de la ligne 2 à la ligne 7");
    expect(cli(["fiche", campagne, "--ligne", "deux"]).erreurs).toContain("--ligne attend un numéro de ligne (2, 3…) ; reçu « deux ».");
    expect(cli(["fiche", campagne]).erreurs).toContain("--ligne N dit quelle ligne");
    expect(cli(["fiche", "--ligne", "2"]).erreurs).toContain("--ligne demande un portefeuille");
    expect(cli(["fiche", campagne, "--ligne", "2", "--charges", "1"]).erreurs).toContain("Avec --ligne, les chiffres viennent du portefeuille : retirez --charges.");
    writeFileSync(join(d, "p.csv"), "nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond\r\nA;400;100;abc;60 %;30\r\n");
    const r = cli(["fiche", join(d, "p.csv"), "--ligne", "2"]);
    expect(r.code).toBe(1);
    expect(r.erreurs).toContain("Ligne 2 : ");
    expect(r.erreurs).toContain("« abc »");
    expect(readdirSync(d)).toEqual(["p.csv"]);
  });

  it("ne remplace pas une fiche existante sans --force, et la remplace avec", () => {
    const d = dossier();
    writeFileSync(join(d, "fiche-laep.html"), "la mienne");
    const r = cli(["fiche", ...LAEP], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("existe déjà");
    expect(readFileSync(join(d, "fiche-laep.html"), "utf8")).toBe("la mienne");
    expect(cli(["fiche", ...LAEP, "--force"], { cwd: d }).code).toBe(0);
    expect(readFileSync(join(d, "fiche-laep.html"), "utf8")).toContain("Fiche de calcul");
    expect(readdirSync(d)).toEqual(["fiche-laep.html"]);
  });

  it("d'un fichier hostile, montre le nom sans l'exécuter, et n'envoie aucun caractère de contrôle au terminal", () => {
    const d = dossier();
    writeFileSync(join(d, "p.csv"), `nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond\r\n"<script>alert(1)</script>\u001b]0;titre\u0007";400;100;9000;60 %;30\r\n`);
    const r = cli(["fiche", join(d, "p.csv"), "--ligne", "2", "-o", join(d, "f.html")]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(d, "f.html"), "utf8");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    // eslint-disable-next-line no-control-regex
    expect(r.sortie + r.erreurs).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(existsSync(join(d, "p-ligne-2.html"))).toBe(false);
  });
});
