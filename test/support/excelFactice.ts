/**
 * An in-memory Excel for the tests of src/excel/: the subset of the Excel
 * JavaScript API the add-in uses, with its load/sync discipline (reading a
 * property that was not loaded and synced throws, as in Excel), so that the
 * tests check what is written, where, and that nothing is overwritten.
 */
import { adresseDe, celluleDe, lettresColonne } from "../../src/excel/adresses";

interface CelluleFactice {
  valeur: unknown;
  formule?: string;
  format?: string;
  gras?: boolean;
}

class Chargeable {
  private demandes = new Set<string>();
  private charges = new Set<string>();
  constructor(protected readonly ctx: ContexteFactice) {
    ctx.objets.push(this);
  }
  load(proprietes: string | string[]) {
    for (const p of (Array.isArray(proprietes) ? proprietes : proprietes.split(","))) this.demandes.add(p.trim());
    return this;
  }
  synchroniser() {
    for (const p of this.demandes) this.charges.add(p);
    this.demandes.clear();
  }
  protected lu(p: string) {
    if (!this.charges.has(p)) throw new Error(`PropertyNotLoaded: ${p}`);
  }
}

export class FeuilleFactice extends Chargeable {
  cellules = new Map<string, CelluleFactice>();
  constructor(
    ctx: ContexteFactice,
    private nom_: string,
    private nulle = false,
  ) {
    super(ctx);
  }
  get name() {
    this.lu("name");
    return this.nom_;
  }
  get isNullObject() {
    return this.nulle;
  }
  get nomInterne() {
    return this.nom_;
  }
  getRange(adresse: string) {
    const [debut, fin = debut] = adresse.split(":");
    return new PlageFactice(this.ctx, this, celluleDe(debut), celluleDe(fin));
  }
  getUsedRangeOrNullObject() {
    const cles = [...this.cellules.entries()].filter(([, c]) => c.valeur !== "" && c.valeur !== undefined).map(([k]) => celluleDe(k));
    if (cles.length === 0) return new PlageFactice(this.ctx, this, { colonne: 0, ligne: 1 }, { colonne: 0, ligne: 1 }, true);
    const min = { colonne: Math.min(...cles.map((c) => c.colonne)), ligne: Math.min(...cles.map((c) => c.ligne)) };
    const max = { colonne: Math.max(...cles.map((c) => c.colonne)), ligne: Math.max(...cles.map((c) => c.ligne)) };
    return new PlageFactice(this.ctx, this, min, max);
  }
  cellule(adresse: string): CelluleFactice | undefined {
    return this.cellules.get(adresse);
  }
}

export class PlageFactice extends Chargeable {
  constructor(
    ctx: ContexteFactice,
    readonly worksheet: FeuilleFactice,
    private debut: { colonne: number; ligne: number },
    private fin: { colonne: number; ligne: number },
    private nulle = false,
  ) {
    super(ctx);
  }
  get isNullObject() {
    return this.nulle;
  }
  private *adresses() {
    for (let l = this.debut.ligne; l <= this.fin.ligne; l++) {
      const ligne: string[] = [];
      for (let c = this.debut.colonne; c <= this.fin.colonne; c++) ligne.push(adresseDe({ colonne: c, ligne: l }));
      yield ligne;
    }
  }
  private grille<T>(f: (c: CelluleFactice | undefined) => T): T[][] {
    return [...this.adresses()].map((l) => l.map((a) => f(this.worksheet.cellules.get(a))));
  }
  private ecrire(valeurs: unknown[][], f: (c: CelluleFactice, v: unknown) => void) {
    const grille = [...this.adresses()];
    if (valeurs.length !== grille.length || valeurs.some((l, i) => l.length !== grille[i].length)) throw new Error("InvalidArgument: dimensions");
    grille.forEach((l, i) => l.forEach((a, j) => {
      const c = this.worksheet.cellules.get(a) ?? { valeur: "" };
      f(c, valeurs[i][j]);
      this.worksheet.cellules.set(a, c);
    }));
  }
  get address() {
    this.lu("address");
    const nom = this.worksheet.nomInterne;
    const feuille = /^[A-Za-z0-9_]+$/.test(nom) ? nom : `'${nom}'`;
    const a = adresseDe(this.debut);
    const b = adresseDe(this.fin);
    return `${feuille}!${a === b ? a : `${a}:${b}`}`;
  }
  get rowIndex() {
    this.lu("rowIndex");
    return this.debut.ligne - 1;
  }
  get columnIndex() {
    this.lu("columnIndex");
    return this.debut.colonne;
  }
  get values(): unknown[][] {
    this.lu("values");
    return this.grille((c) => c?.valeur ?? "");
  }
  set values(v: unknown[][]) {
    this.ecrire(v, (c, x) => {
      c.valeur = x;
      delete c.formule;
    });
  }
  get formulas(): unknown[][] {
    this.lu("formulas");
    return this.grille((c) => c?.formule ?? c?.valeur ?? "");
  }
  set formulas(v: unknown[][]) {
    this.ecrire(v, (c, x) => {
      if (typeof x === "string" && x.startsWith("=")) {
        c.formule = x;
        c.valeur = "(formule)";
      } else {
        c.valeur = x;
        delete c.formule;
      }
    });
  }
  set numberFormat(v: unknown[][]) {
    this.ecrire(v, (c, x) => {
      c.format = String(x);
    });
  }
  get format() {
    const plage = this;
    return {
      font: {
        set bold(b: boolean) {
          for (const l of plage.adresses())
            for (const a of l) {
              const c = plage.worksheet.cellules.get(a) ?? { valeur: "" };
              c.gras = b;
              plage.worksheet.cellules.set(a, c);
            }
        },
      },
    };
  }
  getCell(r: number, c: number) {
    const cellule = { colonne: this.debut.colonne + c, ligne: this.debut.ligne + r };
    return new PlageFactice(this.ctx, this.worksheet, cellule, cellule);
  }
  getResizedRange(dl: number, dc: number) {
    return new PlageFactice(this.ctx, this.worksheet, this.debut, { colonne: this.fin.colonne + dc, ligne: this.fin.ligne + dl });
  }
}

class NomFactice extends Chargeable {
  constructor(
    ctx: ContexteFactice,
    readonly nom: string,
    private nulle: boolean,
  ) {
    super(ctx);
  }
  get isNullObject() {
    return this.nulle;
  }
  delete() {
    this.ctx.noms.delete(this.nom);
  }
}

export class ContexteFactice {
  objets: Chargeable[] = [];
  feuilles = new Map<string, FeuilleFactice>();
  noms = new Map<string, string>();
  syncs = 0;
  selection: { feuille: string; adresse: string };

  constructor(selection = { feuille: "Feuil1", adresse: "B2" }) {
    this.selection = selection;
    this.feuilles.set("Feuil1", new FeuilleFactice(this, "Feuil1"));
  }

  async sync() {
    this.syncs++;
    for (const o of this.objets) o.synchroniser();
  }

  get workbook() {
    const ctx = this;
    return {
      worksheets: {
        getItemOrNullObject: (nom: string) => ctx.feuilles.get(nom) ?? new FeuilleFactice(ctx, nom, true),
        add: (nom: string) => {
          if (ctx.feuilles.has(nom)) throw new Error(`ItemAlreadyExists: ${nom}`);
          const f = new FeuilleFactice(ctx, nom);
          ctx.feuilles.set(nom, f);
          return f;
        },
      },
      getSelectedRange: () => {
        const f = ctx.feuilles.get(ctx.selection.feuille)!;
        return f.getRange(ctx.selection.adresse);
      },
      names: {
        add: (nom: string, reference: string) => {
          if (ctx.noms.has(nom)) throw new Error(`ItemAlreadyExists: ${nom}`);
          ctx.noms.set(nom, reference);
        },
        getItemOrNullObject: (nom: string) => new NomFactice(ctx, nom, !ctx.noms.has(nom)),
      },
    };
  }

  /** The sheet's cells as { A1: value-or-formula }, for assertions. */
  contenu(feuille: string): Record<string, unknown> {
    const f = this.feuilles.get(feuille);
    if (!f) return {};
    return Object.fromEntries([...f.cellules.entries()].filter(([, c]) => c.valeur !== "").map(([a, c]) => [a, c.formule ?? c.valeur]));
  }

  ecrire(feuille: string, adresse: string, valeur: unknown) {
    const f = this.feuilles.get(feuille) ?? this.workbook.worksheets.add(feuille);
    f.cellules.set(adresse, { valeur });
  }
}

export const colonne = lettresColonne;
