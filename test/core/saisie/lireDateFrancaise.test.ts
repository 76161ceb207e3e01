import { lireDateFrancaise } from "../../../core";

describe("lireDateFrancaise", () => {
  it("lit jj/mm/aaaa (ou avec des points) comme AAAA-MM-JJ", () => {
    expect(lireDateFrancaise("15/03/2025")).toEqual({ date: "2025-03-15" });
    expect(lireDateFrancaise("5.3.2026")).toEqual({ date: "2026-03-05" });
    expect(lireDateFrancaise("29/02/2024")).toEqual({ date: "2024-02-29" });
  });

  it("dit qu'un jour n'existe pas au lieu de le décaler au mois suivant", () => {
    expect(lireDateFrancaise("29/02/2025")).toEqual({ inexistante: true });
    expect(lireDateFrancaise("31/04/2026")).toEqual({ inexistante: true });
  });

  it("ne prend pas pour une date ce qui n'en a pas la forme", () => {
    expect(lireDateFrancaise("2025-03-15")).toBeNull();
    expect(lireDateFrancaise("15/03/25")).toBeNull();
    expect(lireDateFrancaise("hier")).toBeNull();
  });
});
