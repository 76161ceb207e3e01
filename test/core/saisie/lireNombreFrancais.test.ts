import { lireNombreFrancais } from "../../../core/saisie/lireNombreFrancais";

const valeur = (t: string, convention: "francaise" | "internationale" = "francaise") => {
  const lu = lireNombreFrancais(t, convention);
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
    expect(valeur("123456789012345")).toBe("123456789012345");
    expect(valeur("1234567890,12345")).toBe("1234567890.12345");
  });

  it("garde 15 chiffres significatifs, comme Excel, en arrondissant la moitié en s'éloignant de zéro", () => {
    // The 17-digit string of a float sum of cents is the figure the sheet shows.
    expect(valeur("10000,349999999999")).toBe("10000.35");
    expect(valeur("10000.349999999999", "internationale")).toBe("10000.35");
    expect(valeur("12345678901234567,89")).toBe("12345678901234600");
    expect(valeur("0,1234567890123455")).toBe("0.123456789012346");
    expect(valeur("-0,1234567890123455")).toBe("-0.123456789012346");
  });

  it("refuse avant tout calcul un nombre de plus de 50 caractères", () => {
    const long = "1".repeat(5000);
    const debut = Date.now();
    expect(valeur(long)).toBe(`« ${"1".repeat(29)}… » est trop long pour un nombre (plus de 50 caractères)`);
    expect(Date.now() - debut).toBeLessThan(1000);
    expect(valeur(`0,${"0".repeat(47)}1`)).toBe("1e-48");
  });

  it("accepte le point décimal collé d'ailleurs et les points de milliers", () => {
    expect(valeur("12.5")).toBe("12.5");
    expect(valeur("12.34")).toBe("12.34");
    expect(valeur("1.234,5")).toBe("1234.5");
    expect(valeur("1.234.567")).toBe("1234567");
    expect(valeur("0.125")).toBe("0.125");
  });

  it("refuse un point suivi de trois chiffres, milliers ou décimales, en donnant les deux lectures", () => {
    expect(valeur("1.234")).toBe("« 1.234 » est ambigu : 1 234 ou 1,234 ? Écrivez 1234 ou 1,234");
    expect(valeur("12.500")).toBe("« 12.500 » est ambigu : 12 500 ou 12,500 ? Écrivez 12500 ou 12,500");
    expect(valeur("-1.234 €")).toMatch(/ambigu/);
    expect(valeur("1.234 %")).toMatch(/ambigu/);
  });

  it("lit le point comme décimale et la virgule comme milliers dans un CSV à virgules", () => {
    expect(valeur("1.234", "internationale")).toBe("1.234");
    expect(valeur("12,345.67", "internationale")).toBe("12345.67");
    expect(valeur("1,234", "internationale")).toBe("1234");
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
    expect(valeur(`abc${"x".repeat(40)}`)).toBe(`« abc${"x".repeat(26)}… » n'est pas un nombre (exemple : 1 234,56)`);
    expect(valeur("\u001b[2Jdouze")).toBe("« ?[2Jdouze » n'est pas un nombre (exemple : 1 234,56)");
  });
});
