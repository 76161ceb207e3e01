import { Exact } from "../../../core/money";
import { heuresFonctionnement } from "../../../core/regles/heuresFonctionnement";
import { heuresOrganisationRetenues } from "../../../core/regles/heuresOrganisationRetenues";

const d = (x: string) => Exact.de(x);

describe("heures de fonctionnement", () => {
  it("additionne les heures d'ouverture et les heures d'organisation sous le plafond de 50 %", () => {
    // 400 h d'ouverture, 150 h d'organisation ≤ 200 h (50 %) : 550 h.
    expect(heuresFonctionnement(d("400"), d("150")).toString()).toBe("550");
  });

  it("plafonne les heures d'organisation à 50 % des heures d'ouverture", () => {
    // 300 h déclarées, 50 % de 400 h = 200 h retenues : 600 h.
    expect(heuresOrganisationRetenues(d("400"), d("300")).toString()).toBe("200");
    expect(heuresFonctionnement(d("400"), d("300")).toString()).toBe("600");
  });

  it("retient exactement 50 % quand les heures déclarées tombent pile sur le plafond", () => {
    expect(heuresFonctionnement(d("400"), d("200")).toString()).toBe("600");
  });

  it("garde les demi-heures sans arrondir", () => {
    // 50 % de 301,5 h = 150,75 h.
    expect(heuresFonctionnement(d("301.5"), d("1000")).toString()).toBe("452.25");
  });

  it("ne retient aucune heure d'organisation sans heure d'ouverture", () => {
    expect(heuresFonctionnement(d("0"), d("80")).toString()).toBe("0");
  });
});
