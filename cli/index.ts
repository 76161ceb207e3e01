/**
 * financement-laep: the add-in's core on the command line.
 *   calcul FICHIER   computes every LAEP of a .csv or .xlsx portfolio
 *   audit CLASSEUR   checks the LAEP cells saved in a workbook
 *   fiche            writes one LAEP's calculation sheet (HTML, one A4 page)
 * Exit codes: 0 all good; 1 rows in error or differences found; 2 unusable
 * command or file (with a French sentence, never a stack trace).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, type Help, type Option } from "commander";
import type { FormatRapport } from "./audit/rapport";
import { ErreurCli } from "./erreurs";
import { traduireErreurSysteme } from "./erreursSysteme";
import { afficher, signaler } from "./terminal";

const NOM = "financement-laep";
const TITRES: Record<string, string> = { "Usage:": "Utilisation :", "Options:": "Options :", "Commands:": "Commandes :", "Arguments:": "Arguments :", "Global Options:": "Options générales :" };
const FORMATS_RAPPORT: FormatRapport[] = ["texte", "csv", "json"];

/**
 * Commander with its words in French. Its parse errors are methods of the
 * command (one per kind of error): overriding them gives French sentences
 * built from the parts (the flag, the argument), not from English text.
 */
class Commande extends Command {
  override createCommand(nom?: string): Command {
    return new Commande(nom);
  }

  unknownOption(option: string): never {
    return this.error(`Option inconnue ${option} : voir ${this.chemin()} --aide.`, { code: "commander.unknownOption" });
  }

  unknownCommand(): never {
    const nom = this.args[0];
    return this.error(`Commande inconnue « ${nom} » : les commandes sont « calcul », « audit », « fiche » et « aide ».`, { code: "commander.unknownCommand" });
  }

  missingArgument(nom: string): never {
    return this.error(`Il manque le ${nom === "classeur" ? "classeur" : "fichier"} à traiter : voir ${this.chemin()} --aide.`, { code: "commander.missingArgument" });
  }

  optionMissingArgument(option: Option): never {
    return this.error(`L'option ${option.long ?? option.short} attend une valeur : voir ${this.chemin()} --aide.`, { code: "commander.optionMissingArgument" });
  }

  _excessArguments(recus: string[]): never {
    return this.error(`Trop d'arguments (${recus.length}) : ${this.chemin()} traite un seul fichier à la fois.`, { code: "commander.excessArguments" });
  }

  private chemin(): string {
    const noms: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) noms.unshift(c.name());
    return noms.join(" ");
  }
}

/** Commander's help, with French headings and usage words. */
const AIDE: Partial<Help> = {
  styleTitle: (t: string) => TITRES[t] ?? t,
  styleUsage: (t: string) => t.replace("[options]", "[options]").replace("[command]", "<commande>"),
  subcommandTerm: (c: Command) => [c.name(), ...c.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))].join(" "),
};

export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "inconnue";
  }
}

export function programme(): Command {
  const p = new Commande(NOM)
    .description("Subvention LAEP et bonus territoire CTG (addendum 2025), calculés par le même cœur que le complément Excel.")
    .version(version(), "-V, --version", "affiche la version")
    .helpOption("-h, --aide", "affiche cette aide (aussi --help)")
    .addHelpCommand(new Command("aide").argument("[commande]").description("affiche l'aide d'une commande (aussi « help »)"))
    .configureHelp(AIDE)
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (t) => process.stdout.write(t), writeErr: (t) => process.stderr.write(t), outputError: () => undefined })
    .addHelpText(
      "after",
      `
Exemples :
  ${NOM} calcul portefeuille.csv
  ${NOM} calcul portefeuille.xlsx -o resultats.csv
  ${NOM} audit simulation.xlsx --format csv > differences.csv
  ${NOM} fiche exemples/portefeuille.csv --ligne 2

Codes de sortie : 0 tout est calculé ou vérifié ; 1 des lignes en erreur ou des
différences ; 2 commande ou fichier inutilisable.`,
    );

  p.command("calcul")
    .usage("[options] <fichier>")
    .description("calcule chaque LAEP d'un fichier .csv ou .xlsx (une ligne par LAEP) et écrit les résultats dans un nouveau fichier")
    .argument("<fichier>", "portefeuille .csv ou .xlsx, une ligne par LAEP, la première nommant les colonnes")
    .option("-o, --sortie <fichier>", "fichier de résultats, .csv ou .xlsx selon son extension (par défaut : FICHIER-calcul, à côté de l'entrée, au même format)")
    .option("--feuille <nom>", "feuille du classeur .xlsx à lire (par défaut : la première)")
    .option("--synthese <fichier>", "écrit aussi la synthèse par territoire (colonne territoire requise), .csv ou .xlsx selon son extension")
    .option("--force", "remplace les fichiers de résultats s'ils existent déjà (jamais le fichier d'entrée)")
    .addHelpText(
      "after",
      `
Campagne : avec les colonnes territoire, heures_fonctionnement_n1 et
bonus_ctg_n1, le forfait de l'offre existante de chaque territoire est dérivé
des chiffres N-1 (total du bonus ÷ total des heures), et les heures N-1 de
chaque LAEP sont ses heures existantes. Une valeur saisie dans forfait_existant
ou heures_existantes sur une ligne l'emporte.

Exemples :
  ${NOM} calcul exemples/portefeuille.csv
  ${NOM} calcul exemples/campagne.csv --synthese synthese.csv
  ${NOM} calcul portefeuille.csv -o resultats.xlsx
  ${NOM} calcul caf.xlsx --feuille "Portefeuille 2025" -o caf-2025.csv --force`,
    )
    .action(async (fichier: string, o: { sortie?: string; feuille?: string; force?: boolean; synthese?: string }) => {
      // Loaded on demand: the audit's formula engine has no business slowing down `calcul`.
      const { calculer } = await import("./calcul/calcul");
      const { bilan, sortie, campagne, synthese } = await calculer(fichier, o);
      const erreurs = bilan.texteErreurs();
      if (erreurs) signaler(erreurs);
      afficher(bilan.texte(sortie));
      if (campagne) {
        const { texteSynthese } = await import("./calcul/synthese");
        afficher(texteSynthese(campagne) + (synthese ? `\nSynthèse écrite dans ${synthese}` : ""));
      }
      process.exitCode = bilan.enErreur > 0 ? 1 : 0;
    });

  p.command("audit")
    .usage("[options] <classeur>")
    .description("recalcule les cellules LAEP d'un classeur enregistré et signale celles dont la valeur enregistrée diffère")
    .argument("<classeur>", "classeur .xlsx (il n'est jamais modifié)")
    .option("--format <format>", "forme du rapport : texte (par défaut), csv ou json")
    .addHelpText(
      "after",
      `
Exemples :
  ${NOM} audit simulation.xlsx
  ${NOM} audit portefeuille.xlsx --format csv > differences.csv
  ${NOM} audit portefeuille.xlsx --format json`,
    )
    .action(async (classeur: string, o: { format?: string }) => {
      const format = (o.format ?? "texte").toLowerCase() as FormatRapport;
      if (!FORMATS_RAPPORT.includes(format)) throw new ErreurCli(`Format de rapport inconnu « ${o.format} » : choisissez texte, csv ou json.`);
      const [{ auditer }, { rapport }] = await Promise.all([import("./audit/audit"), import("./audit/rapport")]);
      const r = await auditer(classeur);
      const texte = rapport(r, format);
      afficher(texte);
      process.exitCode = r.differences.length > 0 ? 1 : 0;
    });

  const fiche = p
    .command("fiche")
    .usage("[options] [portefeuille --ligne N]")
    .description("écrit la fiche de calcul d'un LAEP, une page HTML à imprimer (A4), à partir d'options ou d'une ligne d'un portefeuille")
    .argument("[portefeuille]", "portefeuille .csv ou .xlsx dont une ligne (--ligne) donne les chiffres");
  fiche
    .option("--ligne <n>", "ligne du portefeuille, numérotée comme dans Excel (l'en-tête est la ligne 1)")
    .option("--feuille <nom>", "feuille du classeur .xlsx à lire (par défaut : la première)");
  for (const c of OPTIONS_FICHE) fiche.option(`${c.option} <${c.unite}>`, c.aide);
  fiche
    .option("--demonstration", "prend le taux, les prix et le forfait du barème de démonstration (fictif, pour la formation)")
    .option("--nom <texte>", "nom du LAEP sur la fiche (avec --ligne : la colonne nom, s'il y en a une)")
    .option("--source <texte>", "d'où viennent le taux et les prix (ex. : Barèmes 2025 publiés sur caf.fr)")
    .option("--verifie-le <date>", "date de vérification du barème, jj/mm/aaaa")
    .option("-o, --sortie <fichier>", "fichier .html à écrire (par défaut : fiche-laep.html, ou PORTEFEUILLE-ligne-N.html à côté du portefeuille)")
    .option("--force", "remplace la fiche si le fichier existe déjà")
    .addHelpText(
      "after",
      `
Les nombres s'écrivent comme dans le volet : « 12 000 », « 12 000,50 », taux
« 60 % », « 60 » ou « 0,6 ». Sans barème de formation ni --source, la fiche dit
que la source n'est pas indiquée.

Exemples :
  ${NOM} fiche --heures-ouverture 400 --heures-organisation 300 --charges "12 000" --taux "60 %" --prix-plafond 30 --source "Barèmes 2025, caf.fr" --verifie-le 15/01/2025
  ${NOM} fiche --demonstration --heures-ouverture 400 --heures-organisation 300 --charges 12000 -o formation.html
  ${NOM} fiche exemples/campagne.csv --ligne 3`,
    )
    .action(async (portefeuille: string | undefined, o: Record<string, string | boolean | undefined>) => {
      const { ecrireFiche } = await import("./fiche/fiche");
      const { resume } = await ecrireFiche(portefeuille, o, version());
      afficher(resume);
    });

  return p;
}

/** The options of `fiche` that give a figure, named after the portfolio's columns (heures_ouverture → --heures-ouverture). */
const OPTIONS_FICHE: readonly { option: string; unite: string; aide: string }[] = [
  { option: "--heures-ouverture", unite: "h", aide: "heures d'ouverture au public sur l'année" },
  { option: "--heures-organisation", unite: "h", aide: "heures d'organisation déclarées (retenues jusqu'à 50 % des heures d'ouverture)" },
  { option: "--charges", unite: "€", aide: "charges annuelles" },
  { option: "--taux", unite: "taux", aide: "taux de la subvention (60 %, 60 ou 0,6)" },
  { option: "--prix-plafond", unite: "€/h", aide: "prix plafond horaire" },
  { option: "--heures-existantes", unite: "h", aide: "heures de fonctionnement N-1 (0 si omis)" },
  { option: "--forfait-existant", unite: "€/h", aide: "forfait horaire de l'offre existante (0 si omis)" },
  { option: "--bareme-nouvelle-heure", unite: "€/h", aide: "barème nouvelle heure (0 si omis)" },
  { option: "--autres-fonds-nationaux", unite: "€", aide: "autres fonds nationaux (0 si omis)" },
];

/**
 * The French names and the usual English ones both work: `--aide` and
 * `--help`, `aide` and `help`. Only words before `--` are read as such.
 */
function alias(argv: string[]): string[] {
  const fin = argv.indexOf("--");
  const avant = fin === -1 ? argv : argv.slice(0, fin);
  const apres = fin === -1 ? [] : argv.slice(fin);
  const traduits = avant.map((a) => (a === "--help" ? "--aide" : a));
  if (traduits[0] === "help") traduits[0] = "aide";
  return [...traduits, ...apres];
}

export async function principal(argv: string[]): Promise<number> {
  try {
    const args = alias(argv);
    // « aide X » for a command that does not exist: said as such, not the general help.
    if (args[0] === "aide" && args[1] !== undefined && !args[1].startsWith("-") && !["calcul", "audit", "fiche", "aide"].includes(args[1])) {
      throw new ErreurCli(`Commande inconnue « ${args[1]} » : les commandes sont « calcul », « audit », « fiche » et « aide ».`);
    }
    await programme().parseAsync(args, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (erreur) {
    if (erreur instanceof CommanderError) {
      if (erreur.code === "commander.helpDisplayed" || erreur.code === "commander.version") return 0;
      // Help shown because no command was given: a usage error.
      if (erreur.code === "commander.help") return erreur.exitCode === 0 ? 0 : 2;
      signaler(`Erreur : ${erreur.message}`);
      return 2;
    }
    if (erreur instanceof ErreurCli) {
      signaler(`Erreur : ${erreur.message}`);
      return erreur.code;
    }
    const systeme = traduireErreurSysteme(erreur);
    if (systeme) {
      signaler(`Erreur : ${systeme}`);
      return 2;
    }
    signaler(`Erreur inattendue : ${erreur instanceof Error ? erreur.message : String(erreur)}`);
    return 2;
  }
}

if (require.main === module) {
  void principal(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
