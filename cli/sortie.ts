/**
 * Where results go: beside the input by default, never over the input, never
 * over an existing file without --force, and written to a temporary file
 * renamed at the end, so that a failure, Ctrl-C or a kill never leaves half
 * a file behind.
 */
import { existsSync, realpathSync, rmSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { ErreurCli } from "./erreurs";
import { traduireErreurSysteme } from "./erreursSysteme";

export type FormatFichier = ".csv" | ".xlsx";

export function formatDe(chemin: string): FormatFichier | null {
  const ext = extname(chemin).toLowerCase();
  return ext === ".csv" || ext === ".xlsx" ? ext : null;
}

export function cheminSortie(entree: string, demande: string | undefined, force: boolean): string {
  const ext = extname(entree);
  const sortie = resolve(demande ?? join(dirname(entree), `${basename(entree, ext)}-calcul${ext}`));
  if (demande !== undefined && formatDe(sortie) === null) {
    throw new ErreurCli(`La sortie ${demande} doit finir par .csv ou .xlsx : c'est son extension qui choisit le format.`);
  }
  return verifierSortie(sortie, entree, force);
}

/** A path to write to: in a folder that exists, not a folder itself, never the input, never over a file without --force. */
export function verifierSortie(sortie: string, entree: string | null, force: boolean): string {
  const dossier = dirname(sortie);
  if (!existsSync(dossier)) throw new ErreurCli(`Le dossier ${dossier} n'existe pas : créez-le, ou choisissez un autre chemin avec -o.`);
  if (!statSync(dossier).isDirectory()) throw new ErreurCli(`${dossier} n'est pas un dossier : choisissez un autre chemin avec -o.`);
  if (existsSync(sortie) && statSync(sortie).isDirectory()) throw new ErreurCli(`${sortie} est un dossier : donnez un nom de fichier avec -o.`);
  if (entree !== null && existsSync(sortie) && realpathSync(sortie) === realpathSync(entree)) {
    throw new ErreurCli("La sortie ne peut pas être le fichier d'entrée : il n'est jamais modifié. Choisissez un autre nom avec -o.");
  }
  if (existsSync(sortie) && !force) {
    throw new ErreurCli(`Le fichier ${sortie} existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.`);
  }
  return sortie;
}

const SIGNAUX = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Runs `ecrire` into a temporary file beside `sortie`, then renames it. On
 * an error, or when the process is interrupted (Ctrl-C, kill), the temporary
 * file is removed; a system error names `sortie`, never the temporary file.
 */
export async function ecrireAtomiquement<T>(sortie: string, ecrire: (temporaire: string) => Promise<T>): Promise<T> {
  const temporaire = join(dirname(sortie), `.${basename(sortie)}.${process.pid}.partiel`);
  const interrompre = (signal: keyof typeof SIGNAUX) => {
    rmSync(temporaire, { force: true });
    process.stderr.write(`\nInterrompu : aucun fichier de résultats n'a été écrit (${sortie}).\n`);
    process.exit(SIGNAUX[signal]);
  };
  const ecouteurs = (Object.keys(SIGNAUX) as (keyof typeof SIGNAUX)[]).map((s) => [s, () => interrompre(s)] as const);
  for (const [s, f] of ecouteurs) process.on(s, f);
  try {
    const r = await ecrire(temporaire);
    await rename(temporaire, sortie);
    return r;
  } catch (erreur) {
    await rm(temporaire, { force: true });
    const systeme = erreur instanceof ErreurCli ? null : traduireErreurSysteme(erreur, (erreur as { path?: string }).path === temporaire || (erreur as { dest?: string }).dest === sortie ? sortie : undefined);
    if (systeme) throw new ErreurCli(systeme);
    throw erreur;
  } finally {
    for (const [s, f] of ecouteurs) process.off(s, f);
  }
}
