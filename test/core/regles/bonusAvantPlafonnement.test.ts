import { Exact } from "../../../core/money";
import { bonusAvantPlafonnement, heuresExistantesRetenues, nouvellesHeures } from "../../../core/regles/bonusAvantPlafonnement";

const d = (x: string) => Exact.de(x);
const baremes = { forfaitExistant: d("5"), baremeNouvelleHeure: d("10") };

describe("bonus territoire CTG avant plafonnement", () => {
  it("paie les heures existantes au forfait et les nouvelles heures au barème nouvelle heure", () => {
    // 600 h dont 500 existantes : 500 × 5 + 100 × 10 = 3 500 €.
    expect(bonusAvantPlafonnement({ heuresFonctionnement: d("600"), heuresExistantes: d("500"), ...baremes }).toString()).toBe("3500");
  });

  it("plafonne les heures payées au forfait au niveau existant de N-1", () => {
    expect(heuresExistantesRetenues(d("600"), d("500")).toString()).toBe("500");
    expect(nouvellesHeures(d("600"), d("500")).toString()).toBe("100");
  });

  it("ne compte aucune nouvelle heure quand le LAEP fonctionne moins qu'en N-1", () => {
    // Heures réelles 600 < 800 existantes : 600 × 5 = 3 000 €.
    expect(nouvellesHeures(d("600"), d("800")).toString()).toBe("0");
    expect(bonusAvantPlafonnement({ heuresFonctionnement: d("600"), heuresExistantes: d("800"), ...baremes }).toString()).toBe("3000");
  });

  it("paie toutes les heures au barème nouvelle heure pour un LAEP nouveau", () => {
    expect(bonusAvantPlafonnement({ heuresFonctionnement: d("450"), heuresExistantes: d("0"), ...baremes }).toString()).toBe("4500");
  });
});
