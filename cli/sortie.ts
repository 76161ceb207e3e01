/**
 * Where results go: beside the input by default, never over the input, never
 * over an existing file without --force, and written to a temporary file
 * renamed at the end, so that a failure never leaves half a file behind.
 */
import { existsSync, realpathSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { ErreurCli } from "./erreurs";

export function cheminSortie(entree: string, demande: string | undefined, force: boolean): string {
  const ext = extname(entree);
  const sortie = resolve(demande ?? join(dirname(entree), `${basename(entree, ext)}-calcul${ext}`));
  if (extname(sortie).toLowerCase() !== ext.toLowerCase()) {
    throw new ErreurCli(`La sortie doit être un fichier ${ext} comme l'entrée (reçu : ${sortie}).`);
  }
  if (existsSync(sortie) && realpathSync(sortie) === realpathSync(entree)) {
    throw new ErreurCli("La sortie ne peut pas être le fichier d'entrée : il n'est jamais modifié. Choisissez un autre nom avec -o.");
  }
  if (existsSync(sortie) && !force) {
    throw new ErreurCli(`Le fichier ${sortie} existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.`);
  }
  return sortie;
}

/** Runs `ecrire` into a temporary file beside `sortie`, then renames it. */
export async function ecrireAtomiquement<T>(sortie: string, ecrire: (temporaire: string) => Promise<T>): Promise<T> {
  const temporaire = join(dirname(sortie), `.${basename(sortie)}.${process.pid}.partiel`);
  try {
    const r = await ecrire(temporaire);
    await rename(temporaire, sortie);
    return r;
  } catch (erreur) {
    await rm(temporaire, { force: true });
    throw erreur;
  }
}
