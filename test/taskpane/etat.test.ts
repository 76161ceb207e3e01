import { BAREME_DEMONSTRATION, Decimal, lireBareme } from "../../core";
import type { DepotBaremes } from "../../src/taskpane/depotBaremes";
import { Etat, LIBRE, type Memoire } from "../../src/taskpane/etat";

const BAREME_2030 = (() => {
  const lu = lireBareme({ code: "2030", libelle: "Barème 2030", taux: "0.55", prixPlafond: "31", baremeNouvelleHeure: "9", source: "Saisi pour le test" });
  if ("erreurs" in lu) throw new Error(lu.erreurs.join());
  return lu.bareme;
})();

const depot: DepotBaremes = {
  lieu: "un test",
  lister: async () => ({ baremes: [BAREME_2030], erreurs: [] }),
  enregistrer: async () => ({ statut: "ecrit", message: "" }),
  supprimer: null,
};

function memoire(depart: string | null): Memoire & { valeur: string | null } {
  const m = { valeur: depart, lire: () => m.valeur, ecrire: (code: string) => void (m.valeur = code) };
  return m;
}

describe("état du simulateur", () => {
  it("reçoit les chiffres d'un cas de formation : le barème fictif choisi quand ils sont tous les siens, sinon « Saisie libre » avec ses chiffres signalés", () => {
    const etat = new Etat(depot, false, null);
    etat.saisir("charges", "13 500");
    expect(etat.saisiesModifiees).toBe(true);
    const cas = { heuresOuverture: "400", heuresOrganisation: "200", charges: "15000", taux: "60 %", prixPlafond: "30", heuresExistantes: "600", forfaitExistant: "5", baremeNouvelleHeure: "10", autresFondsNationaux: "2000" };
    etat.remplacerSaisies(cas);
    expect(etat.saisies).toEqual(cas);
    expect(etat.saisiesModifiees).toBe(false);
    expect(etat.baremeChoisi).toBe(BAREME_DEMONSTRATION.code);
    // 60 % × 15 000 € (25 €/h, under the ceiling) = 9 000 €.
    expect(etat.analyse.detail!.subventionLaep.toString()).toBe("9000");
    // A territory's forfait of 4,5 €/h is not the training barème's: typed by hand, the other three still fictitious.
    etat.remplacerSaisies({ ...cas, forfaitExistant: "4,5", taux: "0,6" });
    expect(etat.baremeChoisi).toBe(LIBRE);
    expect(etat.figuresFictives()).toEqual(["taux", "prixPlafond", "baremeNouvelleHeure"]);
  });

  it("se souvient, en passant en mode Excel, que des chiffres ont été saisis", () => {
    const etat = new Etat(depot, false, null);
    etat.saisir("charges", "13 500");
    const reprise = new Etat(depot, true, null, { saisies: etat.saisies, baremeChoisi: etat.baremeChoisi, origines: etat.origines, saisiesModifiees: etat.saisiesModifiees });
    expect(reprise.saisiesModifiees).toBe(true);
  });

  it("sait quels champs tiennent encore un chiffre du barème fictif", () => {
    const etat = new Etat(depot, false, null);
    expect(etat.figuresFictives()).toEqual(["taux", "prixPlafond", "baremeNouvelleHeure", "forfaitExistant"]);
    etat.choisirBareme(LIBRE);
    expect(etat.figuresFictives()).toEqual(["taux", "prixPlafond", "baremeNouvelleHeure", "forfaitExistant"]);
    etat.saisir("taux", "55");
    expect(etat.figuresFictives()).toEqual(["prixPlafond", "baremeNouvelleHeure", "forfaitExistant"]);
  });

  it("retient le barème choisi et le reprend à l'ouverture suivante, une fois la liste lue", async () => {
    const m = memoire(null);
    const premiere = new Etat(depot, false, null, undefined, m);
    await premiere.rechargerBaremes();
    premiere.choisirBareme("2030");
    expect(m.valeur).toBe("2030");
    const seconde = new Etat(depot, false, null, undefined, m);
    expect(seconde.baremeChoisi).toBe(BAREME_DEMONSTRATION.code);
    await seconde.rechargerBaremes();
    expect(seconde.baremeChoisi).toBe("2030");
    expect(seconde.analyse.valeurs?.taux.eq(new Decimal("0.55"))).toBe(true);
    // Its forfait is not in barème 2030: the field keeps the training one, still said fictitious.
    expect(seconde.figuresFictives()).toEqual(["forfaitExistant"]);
  });

  it("n'écrase pas un choix fait avant que la liste soit lue, et oublie un barème disparu", async () => {
    const m = memoire("2030");
    const etat = new Etat(depot, false, null, undefined, m);
    etat.saisir("prixPlafond", "40");
    await etat.rechargerBaremes();
    expect(etat.baremeChoisi).toBe(LIBRE);
    expect(etat.saisies.prixPlafond).toBe("40");
    const disparu = new Etat(depot, false, null, undefined, memoire("1999"));
    await disparu.rechargerBaremes();
    expect(disparu.baremeChoisi).toBe(BAREME_DEMONSTRATION.code);
  });
});
