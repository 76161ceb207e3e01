// npm run bench: measures the add-in and writes docs/performance.md.
// A benchmark, not a test: figures depend on the machine; each is given with a
// baseline measured in the same run on the same machine.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream, createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir, totalmem, platform, release } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const racine = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(racine, "dist");
const ecrire = process.argv.includes("--ecrire");
const lignesDoc = [];
/** Figures the goals are checked against. */
const mesures = {};
const reference = process.env.LAEP_BENCH_REFERENCE ? resolve(process.env.LAEP_BENCH_REFERENCE) : null;
const note = (s = "") => {
  console.log(s);
  lignesDoc.push(s);
};

const mediane = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const maintenant = () => Number(process.hrtime.bigint()) / 1e6; // ms
const ko = (n) => `${(n / 1024).toFixed(1)} KiB`;

// ---------------------------------------------------------------- 1. per call
/**
 * Loads the shipped functions.js into an ordinary global environment with a
 * CustomFunctions object, as a browser runtime (Excel's) does. (The bundle
 * test uses node:vm; for timing, vm's sandbox global intercepts every global
 * lookup such as Math or Number, a cost of 1 to 4 µs per call that Excel's
 * runtime does not have.)
 */
function chargerFonctions(fichier = join(dist, "functions.js")) {
  const associations = new Map();
  class ErreurExcel {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  new Function("CustomFunctions", readFileSync(fichier, "utf8"))({
    associate: (id, f) => associations.set(id, f),
    Error: ErreurExcel,
    ErrorCode: { invalidValue: "#VALUE!" },
  });
  return associations;
}

/** The same formulas in plain floating point: what a hand-written workbook computes (inexact). */
const flottant = {
  HEURES: (o, org) => o + Math.min(org, 0.5 * o),
  SUBVENTION: (o, org, c, t, p) => {
    const h = o + Math.min(org, 0.5 * o);
    return h === 0 ? 0 : Math.round(t * Math.min(c / h, p) * h * 100) / 100;
  },
  BONUSCTG: (o, org, c, s, he, f, b, a = 0) => {
    const h = o + Math.min(org, 0.5 * o);
    const avant = Math.min(h, he) * f + Math.max(0, h - he) * b;
    return Math.round(Math.max(0, Math.min(avant, 0.8 * c - s - a)) * 100) / 100;
  },
  FORFAITCTG: (b, h) => b / h,
  DETAIL: (o, org, c, t, p, he = 0, f = 0, b = 0, a = 0) => {
    // The same 22 rows as LAEP.DETAIL, in floating point.
    const orgR = Math.min(org, 0.5 * o);
    const h = o + orgR;
    const s = Math.round(t * Math.min(c, p * h) * 100) / 100;
    const her = Math.min(h, he);
    const nouv = Math.max(0, h - he);
    const avant = Math.round((her * f + nouv * b) * 100) / 100;
    const bonus = Math.round(Math.max(0, Math.min(her * f + nouv * b, 0.8 * c - s - a)) * 100) / 100;
    const total = Math.round((s + bonus + a) * 100) / 100;
    return [
      ["Heures d'ouverture", o], ["Heures d'organisation déclarées", org], ["Heures d'organisation retenues", orgR], ["Heures de fonctionnement", h],
      ["Charges annuelles", c], ["Prix de revient horaire", h === 0 ? "sans objet" : Math.round((c / h) * 100) / 100], ["Prix plafond horaire", p],
      ["Taux de la subvention", t], ["Subvention horaire", h === 0 ? "sans objet" : Math.round(t * Math.min(c / h, p) * 100) / 100], ["Subvention LAEP", s],
      ["Heures existantes (N-1)", he], ["Heures existantes retenues", her], ["Forfait horaire offre existante", f], ["Nouvelles heures", nouv],
      ["Barème nouvelle heure", b], ["Bonus avant plafonnement", avant], ["Plafond 80 % des charges", Math.round(0.8 * c * 100) / 100],
      ["Autres fonds nationaux", a], ["Écrêtement", avant - bonus], ["Bonus territoire CTG", bonus], ["Total fonds nationaux", total],
      ["Reste à financer", Math.round((c - total) * 100) / 100],
    ];
  },
};

/**
 * Charges as a budget sheet computes them: =SOMME of 2 to 12 lines in cents,
 * added in floating point, so that most carry a float tail
 * (10 000,05 + 0,30 = 10000.349999999999). Deterministic (a fixed LCG).
 */
const SOMMES = (() => {
  let graine = 20251219;
  const aleatoire = () => ((graine = (graine * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: 1024 }, () => {
    const n = 2 + Math.floor(aleatoire() * 11);
    let somme = 0;
    for (let k = 0; k < n; k++) somme += Math.floor(aleatoire() * 2_000_000) / 100;
    return somme;
  });
})();

/**
 * Arguments as people type them (a few decimals), varied so that nothing is
 * constant-folded. With `somme`, charges come from a =SOMME of budget lines
 * (see SOMMES): the inputs of a real budget workbook.
 */
function argumentsVaries(id, i, somme = false) {
  const o = 300 + (i % 997) * 0.25;
  const org = 50 + (i % 389) * 0.5;
  const c = somme ? SOMMES[i & 1023] : (900_000 + (i % 7919) * 137) / 100;
  switch (id) {
    case "HEURES":
      return [o, org];
    case "SUBVENTION":
      return [o, org, c, 0.6, 30.5];
    case "BONUSCTG":
      return [o, org, c, 6000 + (i % 101), 450 + (i % 211), 5.25, 10, i % 3 === 0 ? 500 : 0];
    case "FORFAITCTG":
      return [150000 + i, 40000.5 + (i % 13)];
    case "DETAIL":
      return [o, org, c, 0.6, 30.5, 450 + (i % 211), 5.25, 10, 0];
  }
}

/** Microseconds per call: median of 5 runs after a warm-up. */
function parAppel(f, id, n, somme = false) {
  const args = Array.from({ length: 1024 }, (_, i) => argumentsVaries(id, i, somme));
  let puits = 0;
  // Consume each result cheaply (an array's length, not its text) so that nothing is optimised away.
  const consommer = (r) => (typeof r === "number" ? r : r.length);
  for (let i = 0; i < Math.min(n, 20000); i++) puits += consommer(f(...args[i & 1023]));
  const essais = [];
  for (let e = 0; e < 5; e++) {
    const t = maintenant();
    for (let i = 0; i < n; i++) puits += consommer(f(...args[i & 1023]));
    essais.push(((maintenant() - t) * 1000) / n);
  }
  if (puits === 42) console.log("");
  return mediane(essais);
}

note("## 1. Coût par appel des fonctions livrées (`dist/functions.js`)");
note("");
const avecTraine = SOMMES.filter((x) => Number(x.toPrecision(15)) !== x).length;
note(
  `« Saisies » : valeurs tapées (quelques décimales). « Charges issues d'une SOMME » : charges calculées par =SOMME de 2 à 12 lignes en centimes, additionnées en virgule flottante comme le fait une feuille (${avecTraine} sur ${SOMMES.length} portent une traîne, comme 10 000,05 + 0,30 = 10000.349999999999), lues à 15 chiffres comme Excel les affiche. Chaque rapport compare au même calcul en virgule flottante sur les mêmes arguments.`,
);
note("");
if (reference) note(`Colonnes « référence » : ${process.env.LAEP_BENCH_REFERENCE_LIBELLE ?? reference}, mesurée dans la même exécution (voir « Pour reproduire »).`);
note("");
note(`| Fonction | Exact, saisies | Flottant, saisies | Rapport | Exact, charges issues d'une SOMME | Flottant, SOMME | Rapport |${reference ? " Référence, saisies | Référence, SOMME |" : ""}`);
note(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${reference ? " ---: | ---: |" : ""}`);
const fonctions = chargerFonctions();
const fonctionsReference = reference ? chargerFonctions(reference) : null;
mesures.parAppel = {};
mesures.rapports = {};
for (const id of ["HEURES", "SUBVENTION", "BONUSCTG", "FORFAITCTG", "DETAIL"]) {
  const n = id === "DETAIL" ? 100_000 : 400_000;
  const exact = parAppel(fonctions.get(id), id, n);
  const base = parAppel(flottant[id], id, n);
  const avecSomme = id !== "HEURES" && id !== "FORFAITCTG";
  const exactSomme = avecSomme ? parAppel(fonctions.get(id), id, n, true) : null;
  const baseSomme = avecSomme ? parAppel(flottant[id], id, n, true) : null;
  const ref = fonctionsReference ? parAppel(fonctionsReference.get(id), id, n / 10) : null;
  const refSomme = fonctionsReference && avecSomme ? parAppel(fonctionsReference.get(id), id, n / 10, true) : null;
  mesures.parAppel[id] = Math.max(exact, exactSomme ?? 0);
  mesures.rapports[id] = [exact / base, exactSomme === null ? null : exactSomme / baseSomme];
  const tiret = (v, f) => (v === null ? "—" : f(v));
  note(
    `| LAEP.${id} | ${exact.toFixed(2)} µs | ${base.toFixed(3)} µs | ×${(exact / base).toFixed(1)} | ${tiret(exactSomme, (v) => `${v.toFixed(2)} µs`)} | ${tiret(baseSomme, (v) => `${v.toFixed(3)} µs`)} | ${tiret(exactSomme, (v) => `×${(v / baseSomme).toFixed(1)}`)} |` +
      (ref === null ? "" : ` ${ref.toFixed(2)} µs | ${tiret(refSomme, (v) => `${v.toFixed(2)} µs`)} |`),
  );
}
note("");

// ---------------------------------------------------------------- 2. load and size
note("## 2. Chargement et taille de `functions.js`");
note("");
const source = readFileSync(join(dist, "functions.js"), "utf8");
const chargements = [];
for (let i = 0; i < 40; i++) {
  const t = maintenant();
  const ctx = vm.createContext({ CustomFunctions: { associate() {}, Error: class {}, ErrorCode: {} } });
  vm.runInContext(source, ctx);
  chargements.push(maintenant() - t);
}
const vide = [];
for (let i = 0; i < 40; i++) {
  const t = maintenant();
  const ctx = vm.createContext({ CustomFunctions: { associate() {}, Error: class {}, ErrorCode: {} } });
  vm.runInContext("CustomFunctions.associate('X', function () {});", ctx);
  vide.push(maintenant() - t);
}
mesures.tailleFonctions = Buffer.byteLength(source);
mesures.chargement = mediane(chargements);
note(`- Taille : ${ko(Buffer.byteLength(source))} minifié, ${ko(gzipSync(source).length)} compressé (gzip).`);
note(`- Chargement et enregistrement des 5 fonctions dans un contexte V8 neuf : ${mediane(chargements).toFixed(2)} ms (médiane de 40), contre ${mediane(vide).toFixed(2)} ms pour un script vide qui enregistre une fonction.`);
note("");

// ---------------------------------------------------------------- 3. recalculation
note("## 3. Recalcul d'une feuille de 10 000 lignes (HyperFormula)");
note("");
const { moteur } = require(join(racine, "build/cli/audit/moteur.js"));
const HF = moteur();
function feuille(laep) {
  const lignes = [["Taux", 0.6, "Prix plafond", 30.5, "Forfait", 5.25, "Barème", 10]];
  for (let i = 0; i < 10_000; i++) {
    const [o, org, c] = argumentsVaries("SUBVENTION", i);
    const r = i + 2;
    lignes.push(
      laep
        ? [o, org, c, 450 + (i % 211), `=LAEP.HEURES(A${r},B${r})`, `=LAEP.SUBVENTION(A${r},B${r},C${r},$B$1,$D$1)`, `=LAEP.BONUSCTG(A${r},B${r},C${r},F${r},D${r},$F$1,$H$1)`]
        : [
            o,
            org,
            c,
            450 + (i % 211),
            `=A${r}+MIN(B${r},0.5*A${r})`,
            `=ROUND($B$1*MIN(C${r},$D$1*E${r}),2)`,
            `=ROUND(MAX(0,MIN(MIN(E${r},D${r})*$F$1+MAX(0,E${r}-D${r})*$H$1,0.8*C${r}-F${r})),2)`,
          ],
    );
  }
  return lignes;
}
function recalcul(laep) {
  const mesures = [];
  const t0 = maintenant();
  const hf = HF.buildFromArray(feuille(laep), { licenseKey: "gpl-v3" });
  const construction = maintenant() - t0;
  for (let i = 0; i < 5; i++) {
    const t = maintenant();
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[0.6 + (i % 2) * 0.05]]);
    mesures.push(maintenant() - t);
  }
  const total = hf.getCellValue({ sheet: 0, row: 10_000, col: 5 });
  hf.destroy();
  return { construction, recalcul: mediane(mesures), total };
}
const natif = recalcul(false);
const laep = recalcul(true);
mesures.recalcul = laep.recalcul / natif.recalcul;
note("| Feuille de 10 000 lignes × 3 formules | LAEP.* | Formules natives équivalentes | Rapport |");
note("| --- | ---: | ---: | ---: |");
note(`| Chargement et premier calcul | ${laep.construction.toFixed(0)} ms | ${natif.construction.toFixed(0)} ms | ×${(laep.construction / natif.construction).toFixed(2)} |`);
note(`| Recalcul après changement du taux (30 000 formules) | ${laep.recalcul.toFixed(0)} ms | ${natif.recalcul.toFixed(0)} ms | ×${(laep.recalcul / natif.recalcul).toFixed(2)} |`);
note("");

// ---------------------------------------------------------------- 4. command line
note("## 4. `financement-laep calcul` sur 100 000 lignes");
note("");
const dossier = mkdtempSync(join(tmpdir(), "laep-bench-"));
function portefeuille(n) {
  const f = join(dossier, `p${n}.csv`);
  const lignes = ["nom;heures_ouverture;heures_organisation;charges;taux;prix_plafond;heures_existantes;forfait_existant;bareme_nouvelle_heure;autres_fonds_nationaux"];
  for (let i = 0; i < n; i++) {
    const [o, org, c] = argumentsVaries("SUBVENTION", i);
    lignes.push(`LAEP ${i};${String(o).replace(".", ",")};${String(org).replace(".", ",")};${String(c).replace(".", ",")};60 %;30,5;${450 + (i % 211)};5,25;10;0`);
  }
  writeFileSync(f, `${lignes.join("\r\n")}\r\n`);
  return f;
}
/**
 * Runs a script in its own Node process (every figure pays Node's start-up
 * alike) and returns its duration and peak memory; the script ends by
 * writing its RSS with RSS_FIN.
 */
const RSS_FIN = `process.stderr.write("RSS " + process.resourceUsage().maxRSS + "\\n")`;
function mesurerProcessus(script, options = []) {
  const t = maintenant();
  const r = spawnSync(process.execPath, [...options, "-e", script], { encoding: "utf8", cwd: racine });
  return { duree: maintenant() - t, rss: Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 };
}
/** The command line itself, `calcul FICHIER -o SORTIE`, the output format following `extension`. */
function lancerCli(fichier, extension = "csv", options = []) {
  const sortie = `${fichier}.sortie.${extension}`;
  rmSync(sortie, { force: true });
  return mesurerProcessus(`require(${JSON.stringify(join(racine, "build/cli/index.js"))}).principal(["calcul", ${JSON.stringify(fichier)}, "-o", ${JSON.stringify(sortie)}]).then((c) => { ${RSS_FIN}; process.exitCode = c; });`, options);
}
/**
 * Baseline: the same file read and written back by the same libraries in the
 * same pipeline shape, without computing, in its own Node process as the
 * command is (so both pay Node's start-up).
 */
function lireEcrireSansCalcul(fichier) {
  const script = `const { pipeline } = require("node:stream/promises");
const { createReadStream, createWriteStream } = require("node:fs");
const { parse } = require("csv-parse");
const { stringify } = require("csv-stringify");
pipeline(createReadStream(${JSON.stringify(fichier)}), parse({ delimiter: ";", bom: true, relax_column_count: true, skip_empty_lines: true }), stringify({ delimiter: ";", record_delimiter: "windows" }), createWriteStream(${JSON.stringify(`${fichier}.copie.csv`)})).then(() => ${RSS_FIN});`;
  return mesurerProcessus(script);
}
const dix = portefeuille(10_000);
const cent = portefeuille(100_000);
const cli10 = lancerCli(dix);
const cli100 = lancerCli(cent);
/** Baseline for the workbook: the same rows read by csv-parse and written by ExcelJS's streaming writer, unformatted, without computing. */
function lireEcrireXlsxSansCalcul(fichier) {
  const script = `const { createReadStream } = require("node:fs");
const { parse } = require("csv-parse");
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ${JSON.stringify(`${fichier}.copie.xlsx`)}, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("copie");
  for await (const r of createReadStream(${JSON.stringify(fichier)}).pipe(parse({ delimiter: ";", bom: true, relax_column_count: true }))) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  ${RSS_FIN};
})();`;
  return mesurerProcessus(script);
}

const base100 = lireEcrireSansCalcul(cent);
/** The same portfolio as a workbook (numbers as numbers, the taux as a fraction), for the workbook-to-workbook figure. */
async function portefeuilleXlsx(n) {
  const ExcelJS = require("exceljs");
  const f = join(dossier, `p${n}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useStyles: true });
  const ws = wb.addWorksheet("Portefeuille");
  ws.addRow(["nom", "heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond", "heures_existantes", "forfait_existant", "bareme_nouvelle_heure", "autres_fonds_nationaux"]).commit();
  for (let i = 0; i < n; i++) {
    const [o, org, c] = argumentsVaries("SUBVENTION", i);
    ws.addRow([`LAEP ${i}`, o, org, c, 0.6, 30.5, 450 + (i % 211), 5.25, 10, 0]).commit();
  }
  ws.commit();
  await wb.commit();
  return f;
}
/** Baseline: the same workbook read and written back by ExcelJS's streaming reader and writer, without computing. */
function copierXlsxSansCalcul(fichier) {
  const script = `const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ${JSON.stringify(`${fichier}.copie.xlsx`)}, useStyles: false, useSharedStrings: false });
  for await (const feuille of new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(fichier)}, { sharedStrings: "cache", styles: "ignore", hyperlinks: "ignore", worksheets: "emit" })) {
    const ws = wb.addWorksheet(feuille.name);
    for await (const ligne of feuille) ws.addRow(ligne.values.slice(1)).commit();
    ws.commit();
  }
  await wb.commit();
  ${RSS_FIN};
})();`;
  return mesurerProcessus(script);
}
const classeur100 = await portefeuilleXlsx(100_000);
// The workbook outputs run under a 64 MiB heap, as the test does: constant memory is part of what is measured.
const xlsxXlsx100 = lancerCli(classeur100, "xlsx", ["--max-old-space-size=64"]);
const baseXlsxXlsx100 = copierXlsxSansCalcul(classeur100);
const xlsx100 = lancerCli(cent, "xlsx", ["--max-old-space-size=64"]);
const baseXlsx100 = lireEcrireXlsxSansCalcul(cent);
mesures.cli = cli100.duree / base100.duree;
mesures.cliXlsx = Math.max(xlsx100.duree / baseXlsx100.duree, xlsxXlsx100.duree / baseXlsxXlsx100.duree);
note(`| | Durée | Mémoire maximale (RSS) |`);
note(`| --- | ---: | ---: |`);
note(`| calcul, 10 000 lignes | ${(cli10.duree / 1000).toFixed(2)} s | ${cli10.rss.toFixed(0)} Mio |`);
note(`| calcul, 100 000 lignes | ${(cli100.duree / 1000).toFixed(2)} s | ${cli100.rss.toFixed(0)} Mio |`);
note(`| lecture et écriture des mêmes 100 000 lignes sans calcul (csv-parse → csv-stringify, processus Node à part) | ${(base100.duree / 1000).toFixed(2)} s | ${base100.rss.toFixed(0)} Mio |`);
note(`| calcul, 100 000 lignes vers un classeur .xlsx mis en forme (tas limité à 64 Mio) | ${(xlsx100.duree / 1000).toFixed(2)} s | ${xlsx100.rss.toFixed(0)} Mio |`);
note(`| lecture CSV et écriture .xlsx des mêmes lignes sans calcul ni mise en forme (csv-parse → ExcelJS en flux, processus Node à part) | ${(baseXlsx100.duree / 1000).toFixed(2)} s | ${baseXlsx100.rss.toFixed(0)} Mio |`);
note(`| calcul, classeur .xlsx de 100 000 lignes vers un classeur .xlsx (tas limité à 64 Mio ; contrôle de décompression, liens et styles lus en une passe avant les feuilles) | ${(xlsxXlsx100.duree / 1000).toFixed(2)} s | ${xlsxXlsx100.rss.toFixed(0)} Mio |`);
note(`| copie du même classeur sans calcul (lecteur → écrivain ExcelJS en flux, processus Node à part) | ${(baseXlsxXlsx100.duree / 1000).toFixed(2)} s | ${baseXlsxXlsx100.rss.toFixed(0)} Mio |`);
note("");
note(`Rapport calcul / lecture-écriture sur 100 000 lignes : ×${(cli100.duree / base100.duree).toFixed(2)} en CSV, ×${(xlsx100.duree / baseXlsx100.duree).toFixed(2)} d'un CSV vers un classeur, ×${(xlsxXlsx100.duree / baseXlsxXlsx100.duree).toFixed(2)} d'un classeur vers un classeur. Mémoire : ${cli10.rss.toFixed(0)} Mio pour 10 000 lignes, ${cli100.rss.toFixed(0)} Mio pour 100 000 (le fichier est traité au fil de l'eau).`);
note("");
note("## 4 bis. `financement-laep audit` d'un classeur de 50 000 cellules LAEP");
note("");
/** A workbook of 50 000 rows, each with a LAEP.HEURES cell saved as Excel saves it. */
async function classeurAudit(n) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Portefeuille");
  for (let i = 1; i <= n; i++) {
    const o = 300 + (i % 400);
    s.getRow(i).values = [o, 300, { formula: `_xldudf_LAEP_HEURES(A${i},B${i})`, result: o + Math.min(300, o / 2) }];
  }
  const f = join(dossier, `audit${n}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}
const grand = await classeurAudit(50_000);
const audit50 = mesurerProcessus(`require(${JSON.stringify(join(racine, "build/cli/index.js"))}).principal(["audit", ${JSON.stringify(grand)}]).then((c) => { ${RSS_FIN}; })`);
const lecture50 = mesurerProcessus(`const E = require("exceljs"); new E.Workbook().xlsx.readFile(${JSON.stringify(grand)}).then(() => ${RSS_FIN});`);
mesures.audit = audit50;
note("| | Durée | Mémoire maximale (RSS) |");
note("| --- | ---: | ---: |");
note(`| audit, 50 000 cellules LAEP sur 50 000 lignes | ${(audit50.duree / 1000).toFixed(2)} s | ${audit50.rss.toFixed(0)} Mio |`);
note(`| lecture seule du même classeur par ExcelJS (processus Node à part) | ${(lecture50.duree / 1000).toFixed(2)} s | ${lecture50.rss.toFixed(0)} Mio |`);
note("");
rmSync(dossier, { recursive: true, force: true });

note("## 4 ter. Campagne : `calcul` sur 100 000 lignes et 100 territoires, forfait dérivé des chiffres N-1");
note("");
/** A campaign: territoire and N-1 columns, 100 territories, a new LAEP every 10 rows and a closed one every 50. */
const dossierCampagne = mkdtempSync(join(tmpdir(), "laep-bench-campagne-"));
function campagne(n) {
  const f = join(dossierCampagne, `c${n}.csv`);
  const lignes = ["nom;territoire;heures_ouverture;heures_organisation;charges;taux;prix_plafond;bareme_nouvelle_heure;autres_fonds_nationaux;heures_fonctionnement_n1;bonus_ctg_n1"];
  for (let i = 0; i < n; i++) {
    const [o, org, c] = argumentsVaries("SUBVENTION", i);
    const annee = i % 50 === 7 ? ";;" : `${String(o).replace(".", ",")};${String(org).replace(".", ",")};${String(c).replace(".", ",")}`;
    const n1 = i % 10 === 3 ? ";" : `${450 + (i % 211)};${(2000 + (i % 977) * 3.25).toFixed(2).replace(".", ",")}`;
    lignes.push(`LAEP ${i};Territoire ${i % 100};${annee};60 %;30,5;10;0;${n1}`);
  }
  writeFileSync(f, `${lignes.join("\r\n")}\r\n`);
  return f;
}
const campagne100 = campagne(100_000);
const cliCampagne = lancerCli(campagne100);
const baseCampagne = lireEcrireSansCalcul(campagne100);
mesures.campagne = cliCampagne.duree / baseCampagne.duree;
note("| | Durée | Mémoire maximale (RSS) |");
note("| --- | ---: | ---: |");
note(`| calcul d'une campagne, 100 000 lignes, 100 territoires (deux passes sur le fichier) | ${(cliCampagne.duree / 1000).toFixed(2)} s | ${cliCampagne.rss.toFixed(0)} Mio |`);
note(`| lecture et écriture des mêmes lignes sans calcul (une passe, csv-parse → csv-stringify, processus Node à part) | ${(baseCampagne.duree / 1000).toFixed(2)} s | ${baseCampagne.rss.toFixed(0)} Mio |`);
note("");
rmSync(dossierCampagne, { recursive: true, force: true });
note(`Rapport : ×${mesures.campagne.toFixed(2)}. Deux passes : la première ne lit que les colonnes territoire et N-1 et additionne par territoire (la mémoire dépend du nombre de territoires, pas de lignes) ; la seconde calcule et écrit au fil de l'eau.`);
note("");

// ---------------------------------------------------------------- 5. task pane
note("## 5. Volet (simulateur) dans Chromium sans interface");
note("");
const taskpane = readFileSync(join(dist, "taskpane.js"));
const html = readFileSync(join(dist, "taskpane.html"));
const formationJs = readFileSync(join(dist, "formation.js"));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(chromium)) {
  const { chromium: pw } = require("playwright-core");
  const http = require("node:http");
  const serveur = http.createServer((req, res) => {
    const chemin = join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!chemin.startsWith(dist) || !existsSync(chemin)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": chemin.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript" });
    res.end(readFileSync(chemin));
  });
  await new Promise((r) => serveur.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${serveur.address().port}/taskpane.html`;
  const navigateur = await pw.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  // At the width Excel gives the pane. Baseline, same run: the same page with its
  // scripts answered empty (HTML and styles only), up to its load event.
  const ouvrirPage = async (vide) => {
    const page = await (await navigateur.newContext({ viewport: { width: 350, height: 800 } })).newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (r) => r.abort());
    if (vide) await page.route(/\/(taskpane|functions)\.js$/, (r) => r.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(url, { waitUntil: vide ? "load" : "commit" });
    return page;
  };
  const temps = [];
  const base = [];
  const frappes = [];
  for (let i = 0; i < 7; i++) {
    const page = await ouvrirPage(false);
    await page.waitForSelector("#detail");
    temps.push(await page.evaluate(() => performance.now()));
    // One keystroke in « Heures d'ouverture »: read, computed, summary, chart and detail redrawn (synchronous).
    frappes.push(
      await page.evaluate(() => {
        const champ = document.getElementById("champ-heuresOuverture");
        const mesures = [];
        for (let k = 0; k < 20; k++) {
          champ.value = String(400 + k);
          const t0 = performance.now();
          champ.dispatchEvent(new Event("input", { bubbles: true }));
          mesures.push(performance.now() - t0);
        }
        return mesures.sort((a, b) => a - b)[10];
      }),
    );
    await page.context().close();
    const vide = await ouvrirPage(true);
    base.push(await vide.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd));
    await vide.context().close();
  }
  // The Formation tab: formation.js fetched and the first case shown, from the click on its tab.
  // Baseline, same page: the click on « Aide », built at start-up.
  const formation = [];
  const aide = [];
  for (let i = 0; i < 7; i++) {
    const page = await ouvrirPage(false);
    await page.waitForSelector("#detail");
    const clic = async (onglet, selecteur) => {
      const t0 = await page.evaluate(() => performance.now());
      await page.click(`#onglet-${onglet}`);
      await page.waitForSelector(selecteur, { state: "visible" });
      return (await page.evaluate(() => performance.now())) - t0;
    };
    aide.push(await clic("aide", "#panneau-aide h2"));
    formation.push(await clic("formation", "#cas"));
    await page.context().close();
  }
  await navigateur.close();
  serveur.close();
  mesures.volet = mediane(temps);
  mesures.formation = mediane(formation);
  note(`- Temps jusqu'au simulateur utilisable à 350 × 800 px (questions, résumé, graphique et détail affichés), depuis le début de la navigation : ${mediane(temps).toFixed(0)} ms (médiane de 7, page servie en local, Office.js injoignable).`);
  note(`- Référence, même exécution : la même page sans ses scripts (HTML et styles seuls) jusqu'à son événement load : ${mediane(base).toFixed(0)} ms.`);
  note(`- Une frappe dans « Heures d'ouverture » (lecture, calcul, résumé, graphique et détail redessinés) : ${mediane(frappes).toFixed(1)} ms (médiane).`);
  note(`- Onglet Formation : du clic au premier cas affiché (formation.js demandé, lu et exécuté, le cas calculé) : ${mediane(formation).toFixed(0)} ms (médiane de 7). Référence, même page : du clic au contenu de l'onglet Aide, construit au démarrage : ${mediane(aide).toFixed(0)} ms.`);
} else {
  note(`- Chromium absent (${chromium}) : temps d'affichage non mesuré.`);
}
note(`- \`taskpane.js\` : ${ko(taskpane.length)} minifié, ${ko(gzipSync(taskpane).length)} gzip ; \`taskpane.html\` (styles compris) : ${ko(html.length)}.`);
note(`- \`formation.js\` (l'onglet Formation, chargé à son ouverture) : ${ko(formationJs.length)} minifié, ${ko(gzipSync(formationJs).length)} gzip.`);
note("");

// ---------------------------------------------------------------- 6. Compléter un tableau
note("## 6. « Compléter un tableau » sur 2 000 lignes, dans l'Excel de substitution");
note("");
{
  // The pane's code and the stand-in Excel are TypeScript: bundled here for Node, as the browser tests bundle them.
  const webpack = require("webpack");
  // Inside the project, so that the bundle finds node_modules.
  const sortie = join(racine, "build", "bench");
  await new Promise((ok, ko) =>
    webpack(
      {
        mode: "production",
        target: "node",
        devtool: false,
        entry: join(racine, "scripts/bench/completer.ts"),
        output: { path: sortie, filename: "completer.js", library: { type: "commonjs2" } },
        resolve: { extensions: [".ts", ".js"] },
        externals: [({ request }, rappel) => (/^[.\/]/.test(request) || request.startsWith(racine) ? rappel() : rappel(null, `commonjs ${request}`))],
        module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
      },
      (erreur, stats) => (erreur || stats.hasErrors() ? ko(erreur ?? new Error(stats.toString())) : ok()),
    ),
  );
  const { mesurer } = require(join(sortie, "completer.js"));
  const essais = [];
  for (let i = 0; i < 3; i++) essais.push(await mesurer(2000));
  const m = essais.sort((a, b) => a.duree - b.duree)[1];
  mesures.completer = m.duree;
  note("| | Durée (médiane de 3) |");
  note("| --- | ---: |");
  note(`| reconnaître puis compléter un tableau de 2 000 lignes (campagne, 40 territoires) : lecture par lots, 7 colonnes de formules par lots de 1 000 lignes, totaux — ${m.syncs} synchronisations | ${m.duree.toFixed(0)} ms |`);
  note(`| référence : écrire autant de cellules (2 001 × 7) en constantes, en une synchronisation | ${m.base.toFixed(0)} ms |`);
  note("");
  note("L'Excel de substitution vérifie chaque formule écrite avec l'analyseur de HyperFormula, ce qu'Excel fait aussi ; le recalcul des formules, travail d'Excel, n'est pas compté.");
  note("");
}

const ok = (v) => (v ? "atteint" : "**manqué**");
const pire = Math.max(...Object.values(mesures.parAppel));
note("## Objectifs");
note("");
note("| Objectif | Mesure | |");
note("| --- | --- | --- |");
note(`| Chaque fonction ≤ 3 µs par appel, exacte | ${pire.toFixed(2)} µs au pire (saisies et SOMME) | ${ok(pire <= 3)} |`);
for (const id of ["SUBVENTION", "BONUSCTG"]) {
  const [saisies, somme] = mesures.rapports[id];
  note(`| LAEP.${id} ≤ 10 × la formule en virgule flottante, saisies et SOMME | ×${saisies.toFixed(1)} et ×${somme.toFixed(1)} | ${ok(saisies <= 10 && somme <= 10)} |`);
}
note(`| \`functions.js\` ≤ 60 KiB minifié | ${ko(mesures.tailleFonctions)} | ${ok(mesures.tailleFonctions <= 60 * 1024)} |`);
note(`| Enregistrement ≤ 20 ms | ${mesures.chargement.toFixed(2)} ms | ${ok(mesures.chargement <= 20)} |`);
note(`| Recalcul ≤ 2 × formules natives | ×${mesures.recalcul.toFixed(2)} | ${ok(mesures.recalcul <= 2)} |`);
note(`| Ligne de commande ≤ 3 × lecture-écriture | ×${mesures.cli.toFixed(2)} | ${ok(mesures.cli <= 3)} |`);
note(`| Ligne de commande vers un classeur ≤ 3 × la même lecture-écriture sans calcul (CSV et classeur en entrée) | ×${mesures.cliXlsx.toFixed(2)} | ${ok(mesures.cliXlsx <= 3)} |`);
note(`| Campagne de 100 000 lignes sur 100 territoires ≤ 3 × lecture-écriture | ×${mesures.campagne.toFixed(2)} | ${ok(mesures.campagne <= 3)} |`);
note(`| « Compléter un tableau » de 2 000 lignes < 2 s dans l'Excel de substitution | ${(mesures.completer / 1000).toFixed(2)} s | ${ok(mesures.completer < 2000)} |`);
note(`| Audit de 50 000 cellules LAEP < 10 s et < 1 Gio | ${(mesures.audit.duree / 1000).toFixed(2)} s, ${mesures.audit.rss.toFixed(0)} Mio | ${ok(mesures.audit.duree < 10_000 && mesures.audit.rss < 1024)} |`);
if (mesures.volet !== undefined) note(`| Volet utilisable en moins de 300 ms | ${mesures.volet.toFixed(0)} ms | ${ok(mesures.volet < 300)} |`);
note(`| \`taskpane.js\` < 150 Kio minifié | ${ko(taskpane.length)} | ${ok(taskpane.length < 150 * 1024)} |`);
note(`| \`formation.js\` ≤ 90 Kio minifié | ${ko(formationJs.length)} | ${ok(formationJs.length <= 90 * 1024)} |`);
if (mesures.formation !== undefined) note(`| Onglet Formation affiché en moins de 300 ms | ${mesures.formation.toFixed(0)} ms | ${ok(mesures.formation < 300)} |`);
note("");

if (ecrire) {
  const version = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8" }).trim().split("\n")[0];
    } catch {
      return "absent";
    }
  };
  const entete = [
    "# Performance",
    "",
    "Écrit par `npm run bench:doc` (mesures : `npm run bench`). Chaque chiffre est donné avec une référence mesurée dans la même exécution, sur la même machine.",
    "",
    `- Date : ${new Date().toISOString().slice(0, 10)}`,
    `- Machine : ${cpus()[0]?.model ?? "?"} (${cpus().length} cœurs), ${(totalmem() / 2 ** 30).toFixed(0)} Gio, ${platform()} ${release()}`,
    `- Node ${process.version}, ${version(chromium, ["--version"])}`,
    "",
    "Pour reproduire : `npm install`, puis `npm run bench` (affiche) ou `npm run bench:doc` (réécrit ce fichier). Il faut Chromium (`apt-get install chromium`) pour la partie 5. La colonne « référence » mesure une autre construction de `functions.js` dans la même exécution : `LAEP_BENCH_REFERENCE=chemin/vers/functions.js npm run bench` (ici, la version d'avant la lecture à 15 chiffres, qui lisait un nombre par ses 17 chiffres : `git worktree add /tmp/ref 3d8d913 && cd /tmp/ref && npm ci && npm run build`).",
    "",
  ];
  const analyse = readFileSync(join(racine, "scripts/bench/analyse.md"), "utf8");
  writeFileSync(join(racine, "docs/performance.md"), `${[...entete, ...lignesDoc].join("\n")}\n${analyse}`);
  console.log("docs/performance.md écrit.");
}
