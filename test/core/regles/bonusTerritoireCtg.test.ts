import { Exact } from "../../../core/money";
import { bonusTerritoireCtg, plafondFondsNationaux } from "../../../core/regles/bonusTerritoireCtg";

const d = (x: string) => Exact.de(x);

describe("plafonnement du bonus territoire CTG à 80 % des charges", () => {
  it("laisse le bonus entier quand les fonds nationaux restent sous 80 % des charges", () => {
    // 80 % × 24 000 = 19 200 ≥ 10 800 + 3 500.
    const bonus = bonusTerritoireCtg({ bonusAvantPlafonnement: d("3500"), charges: d("24000"), subvention: d("10800"), autresFondsNationaux: d("0") });
    expect(bonus.toString()).toBe("3500");
  });

  it("écrête une partie du bonus quand la somme dépasse 80 % des charges", () => {
    // 80 % × 12 000 = 9 600 ; 9 600 − 7 200 = 2 400 de place pour 3 500 de bonus.
    const bonus = bonusTerritoireCtg({ bonusAvantPlafonnement: d("3500"), charges: d("12000"), subvention: d("7200"), autresFondsNationaux: d("0") });
    expect(bonus.toString()).toBe("2400");
  });

  it("tient compte des autres fonds nationaux dans la somme plafonnée", () => {
    // 9 600 − 7 200 − 1 000 = 1 400.
    const bonus = bonusTerritoireCtg({ bonusAvantPlafonnement: d("3500"), charges: d("12000"), subvention: d("7200"), autresFondsNationaux: d("1000") });
    expect(bonus.toString()).toBe("1400");
  });

  it("écrête tout le bonus, sans jamais le rendre négatif ni toucher la subvention", () => {
    // 9 600 − 7 200 − 3 000 < 0 : bonus 0.
    const bonus = bonusTerritoireCtg({ bonusAvantPlafonnement: d("3500"), charges: d("12000"), subvention: d("7200"), autresFondsNationaux: d("3000") });
    expect(bonus.toString()).toBe("0");
  });

  it("calcule le plafond comme 80 % des charges", () => {
    expect(plafondFondsNationaux(d("12345.67")).toString()).toBe("9876.536");
  });
});
