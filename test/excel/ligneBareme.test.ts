import { dateVerification, fictif, ligneBareme } from "../../src/excel/ligneBareme";

describe("une ligne de la feuille des barèmes, telle qu'Excel la stocke", () => {
  it.each([
    [45366, "2024-03-15"], // a date cell: 15/03/2024 is serial 45 366
    [45366.75, "2024-03-15"], // date and time: the day counts
    [61, "1900-03-01"], // first serial after Excel's phantom 29/02/1900
    ["15/03/2024", "2024-03-15"],
    ["1/3/2024", "2024-03-01"],
    ["2024-03-15", "2024-03-15"],
  ])("lit la date de vérification %p comme %s", (cellule, iso) => {
    expect(dateVerification(cellule)).toEqual({ date: iso });
  });

  it.each([
    [60, "« 60 » n'est pas une date ; attendu une date, par ex. 15/03/2025"],
    [3_000_000, "« 3000000 » n'est pas une date ; attendu une date, par ex. 15/03/2025"],
    ["29/02/2025", "« 29/02/2025 » n'est pas une date qui existe"],
  ])("refuse la date %p", (cellule, erreur) => {
    expect(dateVerification(cellule)).toEqual({ erreur });
  });

  it.each([
    [true, true],
    [false, false],
    ["", false],
    ["Oui", true],
    [" NON ", false],
    ["vrai", true],
    ["FAUX", false],
  ])("lit « Fictif » %p comme %p", (cellule, attendu) => {
    expect(fictif(cellule)).toEqual({ fictif: attendu });
  });

  it("refuse un « Fictif » ni oui ni non, au lieu d'y voir non", () => {
    expect(fictif(1)).toEqual({ erreur: "« 1 » : écrivez oui ou non" });
  });

  it("lit un code qu'Excel a changé en nombre, et refuse un booléen à la place d'un montant", () => {
    const ok = ligneBareme([2025, "B", 0.6, 30, 10, "", "S", "", "", ""]);
    expect("brut" in ok && ok.brut.code).toBe("2025");
    expect(ligneBareme([2025, "B", true, 30, 10, "", "S", "", "", ""])).toEqual({ erreurs: ["Taux : VRAI n'est pas un nombre"] });
  });
});
