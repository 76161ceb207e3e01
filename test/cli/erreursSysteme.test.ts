/** A system error is said in French with the user's path, never the temporary one, never its code. */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErreurCli } from "../../cli/erreurs";
import { traduireErreurSysteme } from "../../cli/erreursSysteme";
import { ecrireAtomiquement } from "../../cli/sortie";

const erreur = (code: string, path: string) => Object.assign(new Error(`${code}: raw message, open '${path}'`), { code, path });

describe("traduireErreurSysteme", () => {
  it.each([
    ["EACCES", "Accès refusé à /home/agent/p.csv : vous n'avez pas le droit de lire ou d'écrire ici."],
    ["EISDIR", "/home/agent/p.csv est un dossier : donnez un nom de fichier."],
    ["ENOSPC", "Plus de place sur le disque pour écrire /home/agent/p.csv."],
    ["EBUSY", "/home/agent/p.csv est utilisé par un autre programme (ouvert dans Excel ?) : fermez-le et recommencez."],
  ])("%s", (code, message) => {
    expect(traduireErreurSysteme(erreur(code, "/home/agent/p.csv"))).toBe(message);
  });

  it("ne traduit pas ce qui n'est pas une erreur du système", () => {
    expect(traduireErreurSysteme(new Error("autre"))).toBeNull();
    expect(traduireErreurSysteme(Object.assign(new Error("x"), { code: "CSV_QUOTE_NOT_CLOSED" }))).toBeNull();
  });
});

describe("ecrireAtomiquement", () => {
  it("nomme le fichier de l'utilisateur, pas le temporaire, et ne laisse rien derrière", async () => {
    const d = mkdtempSync(join(tmpdir(), "laep-atomique-"));
    const sortie = join(d, "resultats.csv");
    const promesse = ecrireAtomiquement(sortie, async (temporaire) => {
      throw erreur("ENOENT", temporaire);
    });
    await expect(promesse).rejects.toThrow(ErreurCli);
    await expect(promesse).rejects.toThrow(`${sortie} : ce fichier ou ce dossier n'existe pas.`);
    await promesse.catch((e: Error) => expect(e.message).not.toMatch(/partiel|ENOENT/));
    expect(readdirSync(d)).toEqual([]);
  });
});
