import { CAS_FORMATION } from "../../../core/formation/cas";
import { resoudreCas } from "../../../core/formation/resoudreCas";
import { verifierReponses } from "../../../core/formation/verifierReponses";

const resolu = (id: string) => resoudreCas(CAS_FORMATION.find((c) => c.id === id)!);
// Plafond 80 %: subvention 9 000 €, bonus before the cap 3 000 €, cap 12 000 €, écrêtement 2 000 €, bonus 1 000 €, reste 3 000 €.
const plafond = resolu("plafond-80");
const justes = { subventionLaep: "9 000", bonusAvantPlafonnement: "3 000", plafondFondsNationaux: "12 000", ecretement: "2 000", bonusTerritoireCtg: "1 000", resteAFinancer: "3 000" };

describe("verifierReponses corrige les réponses d'un stagiaire au centime", () => {
  it("accepte une réponse juste écrite de toutes les façons d'un Français : 9 000, 9000, 9 000,00 €, 9.000,00", () => {
    for (const ecrit of ["9 000", "9000", "9 000,00 €", "9.000,00", " 9 000 € "]) {
      const v = verifierReponses(plafond, { ...justes, subventionLaep: ecrit });
      expect({ ecrit, justes: v.justes, premiere: v.premiere }).toEqual({ ecrit, justes: 6, premiere: null });
    }
  });

  it("compare au centime : 9 000,004 est juste, 9 000,01 ne l'est pas", () => {
    expect(verifierReponses(plafond, { subventionLaep: "9 000,004" }).reponses[0].statut).toBe("juste");
    expect(verifierReponses(plafond, { subventionLaep: "9 000,01" }).reponses[0].statut).toBe("fausse");
  });

  it("laisse de côté une réponse vide, sans la compter fausse", () => {
    const v = verifierReponses(plafond, { subventionLaep: "9 000", ecretement: "" });
    expect(v).toMatchObject({ justes: 1, aRevoir: 0, vides: 5, premiere: null });
    expect(v.reponses.map((r) => r.statut)).toEqual(["juste", "vide", "vide", "vide", "vide", "vide"]);
  });

  it("donne l'indice du piège à la première réponse fausse seulement, dans l'ordre du calcul", () => {
    // The bonus before the cap kept (3 000 €), then the reste computed without the cap (1 000 €).
    const v = verifierReponses(plafond, { ...justes, bonusTerritoireCtg: "3 000", resteAFinancer: "1 000" });
    expect(v).toMatchObject({ justes: 4, aRevoir: 2, premiere: "bonusTerritoireCtg" });
    const [bonus, reste] = v.reponses.slice(4);
    expect(bonus).toEqual({ etape: "bonusTerritoireCtg", statut: "fausse", indice: "C'est le bonus avant plafond : avec lui, les fonds nationaux dépasseraient 80 % des charges." });
    expect(reste).toEqual({ etape: "resteAFinancer", statut: "fausse" });
  });

  it("donne l'indice de la question à une réponse fausse qu'aucun piège ne prévoit", () => {
    const v = verifierReponses(plafond, { subventionLaep: "8 000" });
    expect(v.reponses[0]).toEqual({ etape: "subventionLaep", statut: "fausse", indice: "Prix de revient : 15 000 € ÷ 600 h. Est-il sous le prix plafond de 30 €/h ?" });
  });

  it("reconnaît un piège négatif : −200 nouvelles heures pour un LAEP qui fonctionne moins", () => {
    const v = verifierReponses(resolu("baisse"), { heuresFonctionnement: "400", heuresExistantesRetenues: "400", nouvellesHeures: "-200" });
    expect(v.reponses[2].indice).toMatch(/^Les nouvelles heures ne sont jamais négatives/);
  });

  it("dit pourquoi une réponse ne se lit pas, en français, et la compte à revoir", () => {
    const v = verifierReponses(plafond, { subventionLaep: "neuf mille", bonusAvantPlafonnement: "60 %" });
    expect(v.reponses[0]).toEqual({ etape: "subventionLaep", statut: "illisible", indice: "« neuf mille » n'est pas un nombre (exemple : 1 234,56)." });
    expect(v.reponses[1]).toEqual({ etape: "bonusAvantPlafonnement", statut: "illisible" });
    expect(verifierReponses(plafond, { bonusAvantPlafonnement: "60 %" }).reponses[1].indice).toBe("Écrivez le nombre sans « % ».");
    expect(v.aRevoir).toBe(2);
  });

  it("corrige les heures au centième d'heure et le forfait au centime : 4,50 et 4,5 sont justes, 4,33 est le forfait d'un seul LAEP", () => {
    const r = resolu("forfait-territoire");
    expect(verifierReponses(r, { forfaitExistant: "4,50 €/h" }).reponses[1].statut).toBe("juste");
    expect(verifierReponses(r, { forfaitExistant: "4,5" }).reponses[1].statut).toBe("juste");
    expect(verifierReponses(r, { forfaitExistant: "4,33" }).reponses[1].indice).toMatch(/^C'est le forfait des Petits Pas seuls/);
    expect(verifierReponses(r, { heuresFonctionnement: "400 h" }).reponses[0].statut).toBe("juste");
  });
});
