import { BAREME_DEMONSTRATION, Decimal } from "../../core";
import { insererSimulation } from "../../src/excel/insererSimulation";
import { NOM_FEUILLE_BAREMES } from "../../src/excel/feuilleBaremes";
import { ContexteFactice } from "../support/excelFactice";

const d = (x: number) => new Decimal(x);
const saisies = {
  heuresOuverture: d(400),
  heuresOrganisation: d(300),
  charges: d(12000),
  taux: d(0.6),
  prixPlafond: d(30),
  heuresExistantes: d(500),
  forfaitExistant: d(5),
  baremeNouvelleHeure: d(10),
  autresFondsNationaux: d(0),
};
const excel = (c: ContexteFactice) => c as unknown as Excel.RequestContext;

describe("insertion d'une simulation dans le classeur", () => {
  it("écrit à la cellule sélectionnée un tableau dont les résultats sont des formules LAEP vivantes", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "D5" });
    const r = await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    expect(r.statut).toBe("ecrit");
    expect("adresse" in r && r.adresse).toBe("Feuil1!D5:E19");
    const f = c.contenu("Feuil1");
    expect(f.D5).toBe("Simulation LAEP");
    expect([f.D6, f.E6]).toEqual(["Heures d'ouverture", 400]);
    expect([f.D8, f.E8]).toEqual(["Charges annuelles", 12000]);
    expect(f.E9).toBe("=LAEP_DEMO_TAUX");
    expect(f.E10).toBe("=LAEP_DEMO_PRIX_PLAFOND");
    expect(f.E12).toBe("=LAEP_DEMO_FORFAIT_EXISTANT");
    expect(f.E13).toBe("=LAEP_DEMO_BAREME_NOUVELLE_HEURE");
    expect([f.D15, f.E15]).toEqual(["Heures de fonctionnement", "=LAEP.HEURES(E6,E7)"]);
    expect([f.D16, f.E16]).toEqual(["Subvention LAEP", "=LAEP.SUBVENTION(E6,E7,E8,E9,E10)"]);
    expect([f.D17, f.E17]).toEqual(["Bonus territoire CTG", "=LAEP.BONUSCTG(E6,E7,E8,E16,E11,E12,E13,E14)"]);
    expect(f.E18).toBe("=ROUND(E16+E17+E14,2)");
    expect([f.D19, f.E19]).toEqual(["Reste à financer", "=ROUND(E8-E18,2)"]);
  });

  it("écrit le barème choisi dans la feuille « Barèmes LAEP » que les formules référencent", async () => {
    const c = new ContexteFactice();
    await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    expect(c.contenu(NOM_FEUILLE_BAREMES).A2).toBe("DEMO");
    expect(c.reference("LAEP_DEMO_TAUX")).toBe("='Barèmes LAEP'!$C$2");
  });

  it("n'écrase pas une cellule non vide sans accord, et ne touche alors à rien", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
    c.ecrire("Feuil1", "B7", "ma note");
    const r = await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    expect(r).toEqual({ statut: "occupe", adresse: "Feuil1!A1:B15", message: "Les cellules Feuil1!A1:B15 ne sont pas toutes vides." });
    expect(c.contenu("Feuil1")).toEqual({ B7: "ma note" });
    expect(c.feuilles.has(NOM_FEUILLE_BAREMES)).toBe(false);
  });

  it("remplace les cellules quand l'utilisateur l'a accepté", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
    c.ecrire("Feuil1", "B7", "ma note");
    const r = await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION, { remplacerCellules: true });
    expect(r.statut).toBe("ecrit");
    expect(c.contenu("Feuil1").B7).toBe(500);
  });

  it("s'arrête si le barème du classeur diffère, sans rien écrire", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
    await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    const autre = { ...BAREME_DEMONSTRATION, taux: d(0.5) };
    const c2 = c;
    c2.selection = { feuille: "Feuil1", adresse: "H1" };
    const r = await insererSimulation(excel(c2), saisies, autre);
    expect(r.statut).toBe("conflit-bareme");
    expect(c2.contenu("Feuil1").H1).toBeUndefined();
  });

  it("écrit les valeurs saisies elles-mêmes quand aucun barème n'est choisi", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
    const r = await insererSimulation(excel(c), saisies, null);
    expect(r.statut).toBe("ecrit");
    const f = c.contenu("Feuil1");
    expect([f.B1, f.B5, f.B6, f.B8, f.B9]).toEqual(["Barème saisi librement", 0.6, 30, 5, 10]);
    expect(c.feuilles.has(NOM_FEUILLE_BAREMES)).toBe(false);
  });

  it("prend le forfait saisi quand le barème n'en a pas", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "A1" });
    await insererSimulation(excel(c), { ...saisies, forfaitExistant: d(4.25) }, { ...BAREME_DEMONSTRATION, forfaitExistant: null });
    expect(c.contenu("Feuil1").B8).toBe(4.25);
  });
});

describe("insertion selon la sélection qu'Excel donne", () => {
  it("une colonne entière sélectionnée : le tableau commence à sa première cellule", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "D:D" });
    const r = await insererSimulation(excel(c), saisies, null);
    expect(r).toMatchObject({ statut: "ecrit", adresse: "Feuil1!D1:E15" });
  });

  it("une ligne entière sélectionnée : le tableau commence en colonne A", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "7:7" });
    const r = await insererSimulation(excel(c), saisies, null);
    expect(r).toMatchObject({ statut: "ecrit", adresse: "Feuil1!A7:B21" });
  });

  it("plusieurs zones sélectionnées : il le dit et n'écrit rien", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "B2,D5" });
    const r = await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    expect(r.statut).toBe("refus");
    expect(r.statut === "refus" && r.message).toMatch(/^Sélectionnez une seule cellule/);
    expect(c.contenu("Feuil1")).toEqual({});
    expect(c.feuilles.has(NOM_FEUILLE_BAREMES)).toBe(false);
  });

  it.each([
    ["près de la dernière ligne", "B1048570", "B1048570"],
    ["dans la dernière colonne", "XFD10", "XFD10"],
  ])("%s, il refuse avant d'écrire quoi que ce soit", async (_cas, adresse, cite) => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse });
    const r = await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    expect(r).toEqual({
      statut: "refus",
      message: `Le tableau occupe 15 lignes et 2 colonnes : à partir de ${cite}, il dépasserait le bord de la feuille. Sélectionnez une cellule plus haut ou plus à gauche. Rien n'a été écrit.`,
    });
    expect(c.contenu("Feuil1")).toEqual({});
    expect(c.feuilles.has(NOM_FEUILLE_BAREMES)).toBe(false);
  });

  it("juste assez de place au bord : il écrit", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "XFC1048562" });
    expect(await insererSimulation(excel(c), saisies, null)).toMatchObject({ statut: "ecrit", adresse: "Feuil1!XFC1048562:XFD1048576" });
  });

  it("sur une feuille au nom qui demande des guillemets", async () => {
    const c = new ContexteFactice({ feuille: "Budget 2025 (LAEP)", adresse: "C3" });
    c.ecrire("Budget 2025 (LAEP)", "Z1", "note");
    expect(await insererSimulation(excel(c), saisies, null)).toMatchObject({ statut: "ecrit", adresse: "'Budget 2025 (LAEP)'!C3:D17" });
  });
});

describe("le tableau inséré, recalculé par un vrai moteur de formules", () => {
  it("donne les montants de l'addendum, et suit une saisie modifiée dans la feuille ou dans le barème", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "B2" });
    await insererSimulation(excel(c), saisies, BAREME_DEMONSTRATION);
    // By hand, barème DEMO (60 %, 30 €/h, 10 €/h, 5 €/h): 400 h + min(300 h, 50 % × 400 h) = 600 h;
    // 60 % × min(12 000 €, 600 h × 30 €) = 7 200 €; bonus 500 h × 5 € + 100 h × 10 € = 3 500 €,
    // cut to 80 % × 12 000 € − 7 200 € = 2 400 €; total 9 600 €; reste 2 400 €.
    const v = c.valeurs("Feuil1");
    expect([v.C12, v.C13, v.C14, v.C15, v.C16]).toEqual([600, 7200, 2400, 9600, 2400]);

    // 60 % × 15 000 € = 9 000 €; bonus min(3 500 €, 12 000 € − 9 000 €) = 3 000 €.
    c.taper("Feuil1", "C5", "15000");
    const apres = c.valeurs("Feuil1");
    expect([apres.C13, apres.C14, apres.C16]).toEqual([9000, 3000, 3000]);
    // The table reads the barème through its names: a taux changed in the sheet is followed.
    c.taper(NOM_FEUILLE_BAREMES, "C2", "50%");
    const bareme = c.valeurs("Feuil1");
    expect([bareme.C6, bareme.C13, bareme.C14, bareme.C16]).toEqual([0.5, 7500, 3500, 4000]);
  });

  it("une saisie illisible dans la feuille donne #VALUE! avec le message du cœur, jamais 0", async () => {
    const c = new ContexteFactice({ feuille: "Feuil1", adresse: "B2" });
    await insererSimulation(excel(c), saisies, null);
    c.taper("Feuil1", "C5", "douze mille");
    expect(String(c.valeurs("Feuil1").C13)).toMatch(/^#VALUE! \(charges : « douze mille » est du texte, pas un nombre/);
  });
});
