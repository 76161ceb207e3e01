import { Exact } from "../../../core/money";
import { prixDeRevientAuDessusDuPlafond, subventionLaep } from "../../../core/regles/subventionLaep";

const d = (x: string) => Exact.de(x);
// Figures of these examples are fictitious: the real barèmes are published yearly by the Cnaf.
const base = { heuresFonctionnement: d("600"), taux: d("0.6"), prixPlafond: d("30") };

describe("subvention LAEP", () => {
  it("applique le taux au prix de revient quand il est sous le prix plafond", () => {
    // 12 000 € / 600 h = 20 €/h < 30 €/h : 60 % × 20 × 600 = 7 200 €.
    expect(subventionLaep({ ...base, charges: d("12000") }).toString()).toBe("7200");
    expect(prixDeRevientAuDessusDuPlafond({ ...base, charges: d("12000") })).toBe(false);
  });

  it("applique le taux au prix plafond quand le prix de revient le dépasse", () => {
    // 24 000 € / 600 h = 40 €/h > 30 €/h : 60 % × 30 × 600 = 10 800 €.
    expect(subventionLaep({ ...base, charges: d("24000") }).toString()).toBe("10800");
    expect(prixDeRevientAuDessusDuPlafond({ ...base, charges: d("24000") })).toBe(true);
  });

  it("donne le même montant dans les deux cas quand le prix de revient égale le plafond", () => {
    expect(subventionLaep({ ...base, charges: d("18000") }).toString()).toBe("10800");
  });

  it("vaut 0 sans heure de fonctionnement", () => {
    expect(subventionLaep({ ...base, heuresFonctionnement: d("0"), charges: d("5000") }).toString()).toBe("0");
  });

  it("ne passe par aucune division qui arrondirait le prix de revient", () => {
    // 10 000 € / 3 h = 3 333,33… €/h under a 5 000 €/h ceiling: 60 % × 10 000 = 6 000 € exactly.
    expect(subventionLaep({ heuresFonctionnement: d("3"), charges: d("10000"), taux: d("0.6"), prixPlafond: d("5000") }).toString()).toBe("6000");
  });
});
