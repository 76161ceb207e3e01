import { lireNombreFrancais } from "../../../core/saisie/lireNombreFrancais";

const valeur = (t: string) => {
  const lu = lireNombreFrancais(t);
  return typeof lu === "string" ? lu : `${lu.valeur.toString()}${lu.pourcentage ? " %" : ""}`;
};

describe("lecture d'un nombre écrit à la française", () => {
  it("lit la virgule décimale et les espaces de milliers, quelle que soit l'espace", () => {
    expect(valeur("1 234,56")).toBe("1234.56");
    expect(valeur("1\u00a0234,56")).toBe("1234.56");
    expect(valeur("1\u202f234\u202f567,8")).toBe("1234567.8");
    expect(valeur(" 60 ")).toBe("60");
  });

  it("lit exactement, sans passer par un flottant", () => {
    expect(valeur("0,1")).toBe("0.1");
    expect(valeur("12345678901234567,89")).toBe("12345678901234567.89");
  });

  it("accepte le point décimal collé d'ailleurs et les points de milliers", () => {
    expect(valeur("12.5")).toBe("12.5");
    expect(valeur("1.234,5")).toBe("1234.5");
    expect(valeur("1.234.567")).toBe("1234567");
  });

  it("reconnaît un pourcentage et ignore les unités", () => {
    expect(valeur("60 %")).toBe("60 %");
    expect(valeur("60%")).toBe("60 %");
    expect(valeur("30 €")).toBe("30");
    expect(valeur("5,5 €/h")).toBe("5.5");
    expect(valeur("120 h")).toBe("120");
  });

  it("garde le signe pour que la validation puisse dire « négatif »", () => {
    expect(valeur("-5")).toBe("-5");
    expect(valeur("−5")).toBe("-5");
  });

  it("refuse ce qui n'est pas un nombre, en le citant", () => {
    expect(valeur("")).toBe("la valeur est vide");
    expect(valeur("   ")).toBe("la valeur est vide");
    expect(valeur("douze")).toBe("« douze » n'est pas un nombre (exemple : 1 234,56)");
    expect(valeur("1,2,3")).toMatch(/n'est pas un nombre/);
    expect(valeur("1e5")).toMatch(/n'est pas un nombre/);
    expect(valeur(",")).toMatch(/n'est pas un nombre/);
    expect(valeur("%")).toMatch(/n'est pas un nombre/);
  });
});
