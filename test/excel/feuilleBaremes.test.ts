import { BAREME_DEMONSTRATION, lireBareme, type Bareme } from "../../core";
import { enregistrerBaremeClasseur, lireBaremesClasseur, NOM_FEUILLE_BAREMES } from "../../src/excel/feuilleBaremes";
import { ContexteFactice } from "../support/excelFactice";

const ctx = () => new ContexteFactice();
const excel = (c: ContexteFactice) => c as unknown as Excel.RequestContext;

function bareme(brut: Record<string, unknown>): Bareme {
  const lu = lireBareme({ code: "2025", libelle: "Barème 2025", taux: 0.6, prixPlafond: 31.5, baremeNouvelleHeure: 12, source: "Circulaire de l'année", ...brut });
  if ("erreurs" in lu) throw new Error(lu.erreurs.join());
  return lu.bareme;
}

describe("feuille « Barèmes LAEP »", () => {
  it("crée la feuille avec ses colonnes et écrit le barème sur une ligne", async () => {
    const c = ctx();
    const r = await enregistrerBaremeClasseur(excel(c), bareme({}));
    expect(r).toEqual({ statut: "ecrit", adresse: `${NOM_FEUILLE_BAREMES}!A2:J2`, nouvelleFeuille: true });
    const contenu = c.contenu(NOM_FEUILLE_BAREMES);
    expect([contenu.A1, contenu.C1, contenu.G1]).toEqual(["Code", "Taux", "Source"]);
    expect([contenu.A2, contenu.C2, contenu.D2, contenu.E2, contenu.G2, contenu.J2]).toEqual(["2025", 0.6, 31.5, 12, "Circulaire de l'année", "non"]);
  });

  it("définit un nom par valeur, que les formules utilisent", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    expect(Object.fromEntries(c.noms)).toEqual({
      LAEP_2025_TAUX: "='Barèmes LAEP'!$C$2",
      LAEP_2025_PRIX_PLAFOND: "='Barèmes LAEP'!$D$2",
      LAEP_2025_BAREME_NOUVELLE_HEURE: "='Barèmes LAEP'!$E$2",
      LAEP_2025_FORFAIT_EXISTANT: "='Barèmes LAEP'!$F$2",
    });
  });

  it("relit les barèmes du classeur tels qu'ils ont été écrits", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    await enregistrerBaremeClasseur(excel(c), BAREME_DEMONSTRATION);
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(erreurs).toEqual([]);
    expect(baremes.map((b) => [b.code, b.taux.toString(), b.prixPlafond.toString(), b.fictif])).toEqual([
      ["2025", "0.6", "31.5", false],
      ["DEMO", "0.6", "30", true],
    ]);
  });

  it("ne remplace pas un barème de même code aux valeurs différentes sans accord", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    const r = await enregistrerBaremeClasseur(excel(c), bareme({ taux: 0.55 }));
    expect(r.statut).toBe("conflit");
    expect(c.contenu(NOM_FEUILLE_BAREMES).C2).toBe(0.6);
    const remplace = await enregistrerBaremeClasseur(excel(c), bareme({ taux: 0.55 }), { remplacer: true });
    expect(remplace.statut).toBe("ecrit");
    expect(c.contenu(NOM_FEUILLE_BAREMES).C2).toBe(0.55);
    expect(c.contenu(NOM_FEUILLE_BAREMES).A3).toBeUndefined();
  });

  it("ne réécrit rien quand le barème est déjà là à l'identique", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    expect((await enregistrerBaremeClasseur(excel(c), bareme({}))).statut).toBe("inchange");
  });

  it("refuse de toucher une feuille du même nom qui n'est pas la sienne", async () => {
    const c = ctx();
    c.ecrire(NOM_FEUILLE_BAREMES, "A1", "Mes notes");
    await expect(enregistrerBaremeClasseur(excel(c), bareme({}))).rejects.toThrow(/n'a pas les colonnes attendues/);
    expect(c.contenu(NOM_FEUILLE_BAREMES)).toEqual({ A1: "Mes notes" });
  });

  it("signale une ligne illisible au lieu de l'ignorer", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    c.ecrire(NOM_FEUILLE_BAREMES, "C2", "soixante");
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(baremes).toEqual([]);
    expect(erreurs[0]).toMatch(/^Ligne 2 de « Barèmes LAEP » : Taux : « soixante » n'est pas un nombre/);
  });
});
