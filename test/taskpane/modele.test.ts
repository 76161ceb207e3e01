import { BAREME_DEMONSTRATION, Decimal } from "../../core";
import { analyser, baremeCorrespondant, lectureTaux, bornesParDefaut, type Saisies, saisiesDesValeurs, saisiesDuBareme, serieEtSi } from "../../src/taskpane/modele";

const saisies: Saisies = {
  heuresOuverture: "400",
  heuresOrganisation: "300",
  charges: "12 000",
  taux: "60",
  prixPlafond: "30",
  heuresExistantes: "500",
  forfaitExistant: "5",
  baremeNouvelleHeure: "10",
  autresFondsNationaux: "",
};

describe("modèle du simulateur", () => {
  it("lit le formulaire et calcule, un champ facultatif vide valant 0", () => {
    const a = analyser(saisies);
    expect(a.problemes).toEqual({});
    expect(a.valeurs?.autresFondsNationaux.toString()).toBe("0");
    expect(a.detail?.subventionLaep.toString()).toBe("7200");
  });

  it("ne calcule rien tant qu'un champ est invalide, et dit pourquoi pour chacun", () => {
    const a = analyser({ ...saisies, heuresOuverture: "", taux: "abc" });
    expect(a.detail).toBeUndefined();
    expect(a.problemes).toEqual({
      heuresOuverture: "La valeur est vide : attendu un nombre d'heures positif ou nul.",
      taux: "« abc » n'est pas un nombre (exemple : 1 234,56) : attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).",
    });
  });

  it("lit « 0,6 », « 60 » et « 60 % » comme 60 %, et dit comment il a lu", () => {
    for (const taux of ["0,6", "60", "60 %"]) {
      expect(analyser({ ...saisies, taux }).detail?.subventionLaep.toString()).toBe("7200");
      expect(lectureTaux(taux)).toBe("lu : 60\u00a0%");
    }
    // Under 1 % with its sign: read as typed, and said once how to write the 50 % most people meant.
    expect(lectureTaux("0,5 %")).toBe("lu : 0,5\u00a0% (moins de 1 %). Pour 50\u00a0%, écrivez 50\u00a0% ou 0,5.");
    expect(lectureTaux("1 %")).toBe("lu : 1\u00a0%");
    expect(lectureTaux("")).toBeNull();
    expect(lectureTaux("150")).toBeNull();
  });

  it("refuse « 1.234 » au lieu de deviner milliers ou décimales", () => {
    expect(analyser({ ...saisies, heuresOuverture: "1.234" }).problemes.heuresOuverture).toMatch(/^« 1\.234 » est ambigu : 1 234 ou 1,234 \?/);
  });

  it("remplit le taux d'un barème avec son signe %, pour qu'un taux de 0,5 % ne devienne pas 50 %", () => {
    expect(saisiesDuBareme({ ...BAREME_DEMONSTRATION, taux: new Decimal("0.005") }).taux).toBe("0,5 %");
    expect(analyser({ ...saisies, ...saisiesDuBareme({ ...BAREME_DEMONSTRATION, taux: new Decimal("0.005") }) }).valeurs?.taux.toString()).toBe("0.005");
  });

  it("reconnaît le barème dont les valeurs sont celles du formulaire", () => {
    const valeurs = analyser({ ...saisies, ...saisiesDuBareme(BAREME_DEMONSTRATION) }).valeurs!;
    expect(baremeCorrespondant(valeurs, [BAREME_DEMONSTRATION])).toBe(BAREME_DEMONSTRATION);
    expect(baremeCorrespondant({ ...valeurs, taux: new Decimal("0.55") }, [BAREME_DEMONSTRATION])).toBeNull();
  });

  it("fait varier une saisie par pas égaux arrondis au centime", () => {
    const valeurs = analyser(saisies).valeurs!;
    const serie = serieEtSi(valeurs, "charges", "10 000", "11 000", "4");
    if (typeof serie === "string") throw new Error(serie);
    expect(serie.map((p) => p.x.toString())).toEqual(["10000", "10333.33", "10666.67", "11000"]);
    expect(serie[0].detail.subventionLaep.toString()).toBe("6000");
  });

  it("fait varier le taux saisi en pourcentage", () => {
    const serie = serieEtSi(analyser(saisies).valeurs!, "taux", "0", "100", "3");
    if (typeof serie === "string") throw new Error(serie);
    expect(serie.map((p) => p.x.toString())).toEqual(["0", "0.5", "1"]);
  });

  it("refuse une plage vide ou un nombre de points impossible", () => {
    const valeurs = analyser(saisies).valeurs!;
    expect(serieEtSi(valeurs, "charges", "5", "5", "4")).toMatch(/« À » doit dépasser « De »/);
    expect(serieEtSi(valeurs, "charges", "1", "5", "1")).toMatch(/Nombre de points/);
    expect(serieEtSi(valeurs, "charges", "x", "5", "4")).toMatch(/^« De » : /);
  });

  it("propose par défaut de la moitié à une fois et demie la valeur", () => {
    const b = bornesParDefaut(analyser(saisies).valeurs!, "charges");
    expect([b.de.toString(), b.a.toString()]).toEqual(["6000", "18000"]);
  });
});

describe("saisiesDesValeurs", () => {
  it("écrit des chiffres calculés ailleurs comme un utilisateur les tape : virgule, taux en %, jamais d'exposant", () => {
    const d = (x: string) => new Decimal(x);
    const saisies = saisiesDesValeurs({
      heuresOuverture: d("300"),
      heuresOrganisation: d("100"),
      charges: d("14000"),
      taux: d("0.6"),
      prixPlafond: d("30"),
      heuresExistantes: d("300"),
      forfaitExistant: d("4.5"),
      baremeNouvelleHeure: d("0.0000001"),
      autresFondsNationaux: d("0"),
    });
    expect(saisies).toEqual({ heuresOuverture: "300", heuresOrganisation: "100", charges: "14000", taux: "60 %", prixPlafond: "30", heuresExistantes: "300", forfaitExistant: "4,5", baremeNouvelleHeure: "0,0000001", autresFondsNationaux: "0" });
    // Read back by the form, the same figures.
    expect(analyser(saisies).valeurs!.baremeNouvelleHeure.toString()).toBe("1e-7");
  });
});
