import { CAS_FORMATION, type CasFormation } from "../../../core/formation/cas";
import { resoudreCas } from "../../../core/formation/resoudreCas";
import { BAREME_DEMONSTRATION, TEXTE_FORFAIT_TERRITOIRE, TEXTE_SUBVENTION } from "../../../core";

const cas = (id: string) => CAS_FORMATION.find((c) => c.id === id)!;
const normal = (s: string | undefined) => s?.replace(/[\u202f\u00a0]/g, " ");

describe("resoudreCas calcule un cas de formation comme la simulation", () => {
  it("prend le taux, le prix plafond, le barème nouvelle heure et le forfait du barème de formation", () => {
    const { figures } = resoudreCas(cas("existantes-et-nouvelles"));
    expect(figures.taux.eq(BAREME_DEMONSTRATION.taux)).toBe(true);
    expect(figures.prixPlafond.eq(BAREME_DEMONSTRATION.prixPlafond)).toBe(true);
    expect(figures.baremeNouvelleHeure.eq(BAREME_DEMONSTRATION.baremeNouvelleHeure)).toBe(true);
    expect(figures.forfaitExistant.eq(BAREME_DEMONSTRATION.forfaitExistant!)).toBe(true);
    expect(figures.autresFondsNationaux.isZero()).toBe(true);
  });

  it("dévoile chaque étape de la correction avec son opération et la phrase de l'addendum", () => {
    const { correction } = resoudreCas(cas("sous-le-plafond"));
    expect(correction.map((e) => e.cle)).toEqual(["heuresFonctionnement", "prixDeRevientHoraire", "subventionHoraire", "subventionLaep"]);
    // 500 h + 100 h = 600 h; 16 800 € ÷ 600 h = 28 €/h; 60 % × 16 800 € = 10 080 €.
    expect(normal(correction[1].operation)).toBe("16 800,00 € ÷ 600 h = 28,00 €/h");
    expect(normal(correction[3].operation)).toBe("60 % × 16 800,00 € = 10 080,00 €");
    expect(correction[3].texte).toBe(TEXTE_SUBVENTION);
  });

  it("écrit le forfait d'un territoire comme la somme de ses bonus N-1 sur la somme de ses heures N-1, avec la phrase de l'addendum", () => {
    const forfait = resoudreCas(cas("forfait-territoire")).correction.find((e) => e.cle === "forfaitExistant")!;
    expect(normal(forfait.operation)).toBe("(2 600,00 € + 1 300,00 € + 600,00 €) ÷ (500 h + 300 h + 200 h) = 4 500,00 € ÷ 1 000 h = 4,50 €/h");
    expect(forfait.texte).toBe(TEXTE_FORFAIT_TERRITOIRE);
    expect(forfait.valeur!.toString()).toBe("4.5");
  });

  it("écrit « ≈ » quand le forfait du territoire ne tombe pas juste (1 300 € sur 300 h)", () => {
    const seul: CasFormation = { ...cas("forfait-territoire"), territoire: [{ nom: "Les Petits Pas", heuresN1: "300", bonusN1: "1 300", ceLaep: true }] };
    const forfait = resoudreCas(seul).correction.find((e) => e.cle === "forfaitExistant")!;
    expect(normal(forfait.operation)).toBe("(1 300,00 €) ÷ (300 h) = 1 300,00 € ÷ 300 h ≈ 4,3333 €/h");
  });

  it("refuse un cas dont un chiffre n'est pas un nombre, en le nommant", () => {
    const faux: CasFormation = { ...cas("baisse"), laep: { ...cas("baisse").laep, charges: "quatorze mille" } };
    expect(() => resoudreCas(faux)).toThrow(/Charges.*quatorze mille/);
  });
});
