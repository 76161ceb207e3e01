import { BAREME_DEMONSTRATION, lireBareme, stockerBareme, type Bareme } from "../../core";
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
    expect(c.nomsDefinis()).toEqual({
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

describe("feuille « Barèmes LAEP » modifiée à la main", () => {
  const F = NOM_FEUILLE_BAREMES;

  async function deuxBaremes() {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    await enregistrerBaremeClasseur(excel(c), BAREME_DEMONSTRATION);
    return c;
  }

  it("ligne effacée puis barème ajouté : le nouveau va sous la dernière ligne, le barème suivant reste intact avec ses noms", async () => {
    const c = await deuxBaremes();
    c.effacerLigne(F, 2);
    const r = await enregistrerBaremeClasseur(excel(c), bareme({ code: "2026", libelle: "Barème 2026", taux: 0.55 }));
    expect(r).toEqual({ statut: "ecrit", adresse: `${F}!A4:J4`, nouvelleFeuille: false });
    const contenu = c.contenu(F);
    expect([contenu.A3, contenu.C3, contenu.D3]).toEqual(["DEMO", 0.6, 30]);
    expect([contenu.A4, contenu.C4]).toEqual(["2026", 0.55]);
    expect(c.reference("LAEP_DEMO_TAUX")).toBe("='Barèmes LAEP'!$C$3");
    expect(c.reference("LAEP_2026_TAUX")).toBe("='Barèmes LAEP'!$C$4");
  });

  it("numérote les lignes comme Excel quand des lignes vides les séparent", async () => {
    const c = await deuxBaremes();
    c.effacerLigne(F, 2);
    c.ecrire(F, "C3", "soixante");
    const { erreurs } = await lireBaremesClasseur(excel(c));
    expect(erreurs).toHaveLength(1);
    expect(erreurs[0]).toMatch(/^Ligne 3 de « Barèmes LAEP » : Taux : « soixante »/);
  });

  it("ne remplit jamais une ligne qui contient une formule au résultat vide", async () => {
    const c = await deuxBaremes();
    const contexte = excel(c);
    // A formula below the used range whose result is "" is not in the used range (values only).
    c.feuilleNommee(F)!.cellules.set("B4", { valeur: "", formule: '=IF(1,"","")' });
    c.modifie();
    await expect(enregistrerBaremeClasseur(contexte, bareme({ code: "2026" }))).rejects.toThrow(/La ligne 4 de « Barèmes LAEP » n'est pas vide/);
    expect(c.contenu(F).A4).toBeUndefined();
  });

  it("lit une ligne tapée à la main comme Excel l'a stockée : année en nombre, taux en %, date, Oui", async () => {
    const c = await deuxBaremes();
    for (const [a, v] of Object.entries({ A4: "2024", B4: "Barème 2024", C4: "55%", D4: "29,5", E4: "11", G4: "Circulaire 2024", I4: "15/03/2024", J4: "Oui" })) c.taper(F, a, v);
    expect(c.contenu(F).A4).toBe(2024);
    expect(c.contenu(F).I4).toBe(45366);
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(erreurs).toEqual([]);
    const b = baremes.find((x) => x.code === "2024")!;
    expect([b.taux.toString(), b.prixPlafond.toString(), b.verifieLe, b.fictif]).toEqual(["0.55", "29.5", "2024-03-15", true]);
  });

  it("lit VRAI / FAUX, oui / non, et refuse un « Fictif » qu'il ne comprend pas au lieu d'y voir non", async () => {
    const c = await deuxBaremes();
    c.taper(F, "J2", "VRAI");
    c.taper(F, "J3", "peut-être");
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(c.contenu(F).J2).toBe(true);
    expect(baremes.map((b) => [b.code, b.fictif])).toEqual([["2025", true]]);
    expect(erreurs).toEqual(["Ligne 3 de « Barèmes LAEP » : Fictif : « peut-être » : écrivez oui ou non"]);
  });

  it("refuse une date de vérification qui n'existe pas", async () => {
    const c = await deuxBaremes();
    c.ecrire(F, "I2", "31/02/2025");
    const { erreurs } = await lireBaremesClasseur(excel(c));
    expect(erreurs).toEqual(["Ligne 2 de « Barèmes LAEP » : Vérifié le : « 31/02/2025 » n'est pas une date qui existe"]);
  });

  it("signale un code présent sur deux lignes, n'en retient aucune, et refuse d'en enregistrer un troisième", async () => {
    const c = await deuxBaremes();
    c.taper(F, "A3", "2025");
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(baremes).toEqual([]);
    expect(erreurs).toEqual([
      "Le code 2025 figure sur plusieurs lignes de « Barèmes LAEP » (lignes 2, 3) : gardez-en une seule, les formules ne peuvent suivre qu'un barème par code.",
    ]);
    const avant = c.contenu(F);
    await expect(enregistrerBaremeClasseur(excel(c), bareme({ taux: 0.5 }), { remplacer: true })).rejects.toThrow(/Le code 2025 figure sur plusieurs lignes/);
    expect(c.contenu(F)).toEqual(avant);
  });

  it("un nom qui désigne déjà autre chose : il demande avant de le changer, et ne touche à rien sans accord", async () => {
    const c = ctx();
    c.ecrire("Feuil1", "A1", 0.75);
    c.nommer("laep_2025_taux", "=Feuil1!$A$1");
    const r = await enregistrerBaremeClasseur(excel(c), bareme({}));
    expect(r.statut).toBe("conflit");
    expect(r.statut === "conflit" && r.message).toBe(
      "Le nom LAEP_2025_TAUX désigne Feuil1!A1 et non la ligne 2 du barème 2025 : les formules qui l'utilisent ne calculent pas avec ce barème.",
    );
    expect(c.feuilles.has(F)).toBe(false);
    expect(c.reference("LAEP_2025_TAUX")).toBe("=Feuil1!$A$1");
    const accord = await enregistrerBaremeClasseur(excel(c), bareme({}), { remplacer: true });
    expect(accord.statut).toBe("ecrit");
    expect(c.reference("LAEP_2025_TAUX")).toBe("='Barèmes LAEP'!$C$2");
  });

  it("après un tri des lignes, dit que les noms désignent la ligne d'un autre barème", async () => {
    const c = await deuxBaremes();
    // A sort moves the values, not the names.
    const f = c.feuilleNommee(F)!;
    for (const col of "ABCDEFGHIJ") {
      const [l2, l3] = [f.cellules.get(`${col}2`), f.cellules.get(`${col}3`)];
      f.cellules.set(`${col}2`, l3!);
      f.cellules.set(`${col}3`, l2!);
    }
    const { baremes, erreurs } = await lireBaremesClasseur(excel(c));
    expect(baremes.map((b) => b.code)).toEqual(["DEMO", "2025"]);
    expect(erreurs[0]).toBe(
      "Le nom LAEP_DEMO_TAUX désigne 'Barèmes LAEP'!C3 et non la ligne 2 du barème DEMO : les formules qui l'utilisent ne calculent pas avec ce barème. Enregistrez de nouveau le barème DEMO pour le corriger.",
    );
    expect(erreurs).toHaveLength(8);
    const r = await enregistrerBaremeClasseur(excel(c), BAREME_DEMONSTRATION);
    expect(r.statut).toBe("conflit");
    await enregistrerBaremeClasseur(excel(c), BAREME_DEMONSTRATION, { remplacer: true });
    expect(c.reference("LAEP_DEMO_TAUX")).toBe("='Barèmes LAEP'!$C$2");
    expect(c.contenu(F).A2).toBe("DEMO");
  });

  it("écrit le texte saisi comme du texte, même quand il ressemble à une formule, un nombre ou une date", async () => {
    const c = ctx();
    const piege = bareme({ libelle: '=HYPERLINK("https://exemple.test";"Barème")', source: "+33 1 23 45 67 89", verifieLe: "2025-03-01" });
    await enregistrerBaremeClasseur(excel(c), bareme({ ...stockerBareme(piege), source: "@moi -- 2025" }));
    const contenu = c.contenu(F);
    expect([contenu.B2, contenu.G2, contenu.I2]).toEqual(['=HYPERLINK("https://exemple.test";"Barème")', "@moi -- 2025", "2025-03-01"]);
    expect(c.feuilleNommee(F)!.cellules.get("B2")!.formule).toBeUndefined();
    const { baremes } = await lireBaremesClasseur(excel(c));
    expect(baremes[0].libelle).toBe('=HYPERLINK("https://exemple.test";"Barème")');
    expect(baremes[0].source).toBe("@moi -- 2025");
  });

  it("même dans une ligne que l'utilisateur avait mise au format Texte", async () => {
    const c = ctx();
    await enregistrerBaremeClasseur(excel(c), bareme({}));
    for (const col of "ABGHIJ") c.feuilleNommee(F)!.cellules.get(`${col}2`)!.format = "@";
    await enregistrerBaremeClasseur(excel(c), bareme({ source: "=1+1" }), { remplacer: true });
    expect(c.contenu(F).G2).toBe("=1+1");
    expect(c.contenu(F).A2).toBe("2025");
  });
});
