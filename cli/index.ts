/**
 * financement-laep: the add-in's core on the command line.
 *   calcul FICHIER   computes every LAEP of a .csv or .xlsx portfolio
 *   audit CLASSEUR   checks the LAEP cells saved in a workbook
 * Exit codes: 0 all good; 1 rows in error or differences found; 2 unusable
 * command or file (with a French sentence, never a stack trace).
 */
import { Command, CommanderError, Option } from "commander";
import type { FormatRapport } from "./audit/rapport";
import { ErreurCli } from "./erreurs";

const TITRES: Record<string, string> = { "Usage:": "Utilisation :", "Options:": "Options :", "Commands:": "Commandes :", "Arguments:": "Arguments :" };

const MESSAGES_COMMANDER: Record<string, (m: string) => string> = {
  "commander.unknownOption": (m) => `Option inconnue ${m.match(/'([^']+)'/)?.[1] ?? ""} : voir financement-laep --aide.`,
  "commander.unknownCommand": (m) => `Commande inconnue ${m.match(/'([^']+)'/)?.[1] ?? ""} : les commandes sont « calcul » et « audit ».`,
  "commander.missingArgument": () => "Il manque le fichier à traiter : voir financement-laep --aide.",
  "commander.optionMissingArgument": (m) => `L'option ${m.match(/'([^']+)'/)?.[1] ?? ""} attend une valeur.`,
  "commander.excessArguments": () => "Trop d'arguments : un seul fichier à la fois.",
  "commander.invalidArgument": (m) => `Valeur refusée : ${m.replace(/^error: /, "")}`,
};

export function programme(): Command {
  const p = new Command("financement-laep")
    .description("Subvention LAEP et bonus territoire CTG (addendum 2025), calculés par le même cœur que le complément Excel.")
    .helpOption("-h, --aide", "affiche l'aide")
    .helpCommand("aide [commande]", "affiche l'aide d'une commande")
    .configureHelp({ styleTitle: (t) => TITRES[t] ?? t })
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });

  p.command("calcul")
    .description("calcule chaque LAEP d'un fichier .csv ou .xlsx (une ligne par LAEP) et écrit les résultats à côté")
    .argument("<fichier>", "portefeuille .csv ou .xlsx")
    .option("-o, --sortie <fichier>", "fichier de résultats (par défaut : FICHIER-calcul.csv ou .xlsx à côté de l'entrée)")
    .option("--feuille <nom>", "feuille du classeur .xlsx à lire (par défaut : la première)")
    .option("--force", "remplace le fichier de résultats s'il existe déjà (jamais le fichier d'entrée)")
    .helpOption("-h, --aide", "affiche l'aide")
    .action(async (fichier: string, o: { sortie?: string; feuille?: string; force?: boolean }) => {
      // Loaded on demand: the audit's formula engine has no business slowing down `calcul`.
      const { calculer } = await import("./calcul/calcul");
      const { bilan, sortie } = await calculer(fichier, o);
      const erreurs = bilan.texteErreurs();
      if (erreurs) process.stderr.write(`${erreurs}\n`);
      process.stdout.write(`${bilan.texte(sortie)}\n`);
      process.exitCode = bilan.enErreur > 0 ? 1 : 0;
    });

  p.command("audit")
    .description("recalcule les cellules LAEP d'un classeur enregistré et signale celles dont la valeur enregistrée diffère")
    .argument("<classeur>", "classeur .xlsx (il n'est jamais modifié)")
    .addOption(new Option("--format <format>", "forme du rapport").choices(["texte", "csv", "json"]).default("texte"))
    .helpOption("-h, --aide", "affiche l'aide")
    .action(async (classeur: string, o: { format: FormatRapport }) => {
      const [{ auditer }, { rapport }] = await Promise.all([import("./audit/audit"), import("./audit/rapport")]);
      const r = await auditer(classeur);
      const texte = rapport(r, o.format);
      process.stdout.write(texte.endsWith("\n") ? texte : `${texte}\n`);
      process.exitCode = r.differences.length > 0 ? 1 : 0;
    });

  return p;
}

export async function principal(argv: string[]): Promise<number> {
  try {
    await programme().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (erreur) {
    if (erreur instanceof CommanderError) {
      if (erreur.code === "commander.helpDisplayed" || erreur.code === "commander.help" || erreur.code === "commander.version") return 0;
      const traduire = MESSAGES_COMMANDER[erreur.code];
      process.stderr.write(`Erreur : ${traduire ? traduire(erreur.message) : erreur.message}\n`);
      return 2;
    }
    if (erreur instanceof ErreurCli) {
      process.stderr.write(`Erreur : ${erreur.message}\n`);
      return erreur.code;
    }
    process.stderr.write(`Erreur inattendue : ${erreur instanceof Error ? erreur.message : String(erreur)}\n`);
    return 2;
  }
}

if (require.main === module) {
  void principal(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
