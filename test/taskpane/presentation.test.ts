import { dateFrancaise, dateIso, grouperEtapes } from "../../src/taskpane/presentation";
import { calculerDetail } from "../../core";

describe("dates du volet", () => {
  it("s'affichent jj/mm/aaaa quelle que soit la langue du navigateur", () => {
    expect(dateFrancaise("2026-03-05")).toBe("05/03/2026");
  });

  it("se saisissent jj/mm/aaaa (ou AAAA-MM-JJ) et sont refusées si elles n'existent pas", () => {
    expect(dateIso("5/3/2026")).toBe("2026-03-05");
    expect(dateIso("05.03.2026")).toBe("2026-03-05");
    expect(dateIso("2026-03-05")).toBe("2026-03-05");
    expect(dateIso("")).toBeNull();
    expect(dateIso("31/02/2026")).toBeUndefined();
    expect(dateIso("03/05/26")).toBeUndefined();
    expect(dateIso("hier")).toBeUndefined();
  });
});

describe("groupes d'étapes du détail", () => {
  it("couvrent chaque étape une fois, dans l'ordre, chaque groupe finissant sur son chiffre", () => {
    const d = calculerDetail({ heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: 0 });
    const groupes = grouperEtapes(d.etapes);
    expect(groupes.flatMap((g) => g.etapes)).toEqual(d.etapes);
    expect(groupes.map((g) => g.etapes[g.etapes.length - 1].cle)).toEqual(["heuresFonctionnement", "subventionLaep", "bonusAvantPlafonnement", "resteAFinancer"]);
  });
});
