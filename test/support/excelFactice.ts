/**
 * An in-memory Excel for the tests of src/excel/ and of the pane in Excel: the
 * subset of the Excel JavaScript API the add-in uses, at least as strict as
 * Excel.
 *
 * - Batches: every write, load and lookup is queued and runs at `sync()`, in
 *   order; the first failing operation rejects the sync and drops the rest of
 *   the batch, as Excel does (what ran before it stays written).
 * - Reads: a property (and `isNullObject`) is readable only once loaded and
 *   synced, and it shows the workbook as it was at that sync, not later.
 * - Lookups of sheets and names ignore case; addresses beyond XFD1048576,
 *   invalid defined names and formulas that do not parse are refused.
 * - Typed input is coerced as Excel coerces it: « =… », « +… », « -… » and
 *   « @… » become formulas, « 12 » a number, « VRAI » a boolean, « 15/03/2025 »
 *   a date serial, unless the cell is formatted as text or the text starts
 *   with an apostrophe.
 * - Formulas are computed by a real engine (HyperFormula with the LAEP
 *   functions over core/), so `values` of a formula cell is its result.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { moteur } from "../../cli/audit/moteur";
import { adresseDe, lettresColonne } from "../../src/excel/adresses";

// Excel's limits, stated here rather than taken from the code under test.
const DERNIERE_LIGNE = 1_048_576;
const DERNIERE_COLONNE = 16_383; // XFD, 0-based

/** An error as Office.js raises it: a code from Excel.ErrorCodes and a message. */
export class ErreurExcel extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

interface Cellule {
  /** The constant, or the last computed value of a formula. */
  valeur: string | number | boolean;
  formule?: string;
  format?: string;
  gras?: boolean;
}

interface Zone {
  debut: { colonne: number; ligne: number };
  fin: { colonne: number; ligne: number };
}

export class Feuille {
  cellules = new Map<string, Cellule>();
  constructor(public nom: string) {}
}

/** « B2 », « $B$2:C3 », « B:B », « 2:3 » → a zone, or null when not an address Excel can have. */
export function zoneDe(locale: string): Zone | null {
  const [a, b = a, reste] = locale.replace(/\$/g, "").toUpperCase().split(":");
  if (reste !== undefined) return null;
  const colonne = (l: string) => [...l].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const cellule = /^([A-Z]{1,3})(\d{1,7})$/;
  const [ma, mb] = [cellule.exec(a), cellule.exec(b)];
  let zone: Zone | null = null;
  if (ma && mb) zone = { debut: { colonne: colonne(ma[1]), ligne: Number(ma[2]) }, fin: { colonne: colonne(mb[1]), ligne: Number(mb[2]) } };
  else if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b))
    zone = { debut: { colonne: colonne(a), ligne: 1 }, fin: { colonne: colonne(b), ligne: DERNIERE_LIGNE } };
  else if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b))
    zone = { debut: { colonne: 0, ligne: Number(a) }, fin: { colonne: DERNIERE_COLONNE, ligne: Number(b) } };
  if (!zone) return null;
  const dans = (c: { colonne: number; ligne: number }) => c.colonne >= 0 && c.colonne <= DERNIERE_COLONNE && c.ligne >= 1 && c.ligne <= DERNIERE_LIGNE;
  if (!dans(zone.debut) || !dans(zone.fin)) return null;
  return {
    debut: { colonne: Math.min(zone.debut.colonne, zone.fin.colonne), ligne: Math.min(zone.debut.ligne, zone.fin.ligne) },
    fin: { colonne: Math.max(zone.debut.colonne, zone.fin.colonne), ligne: Math.max(zone.debut.ligne, zone.fin.ligne) },
  };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
function nomEnAdresse(nom: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nom) && !/^[A-Za-z]{1,3}\d+$/.test(nom) ? nom : `'${nom.replace(/'/g, "''")}'`;
}

function texteZone(z: Zone): string {
  const colonnesEntieres = z.debut.ligne === 1 && z.fin.ligne === DERNIERE_LIGNE;
  const lignesEntieres = z.debut.colonne === 0 && z.fin.colonne === DERNIERE_COLONNE;
  if (colonnesEntieres && !lignesEntieres) return `${lettresColonne(z.debut.colonne)}:${lettresColonne(z.fin.colonne)}`;
  if (lignesEntieres && !colonnesEntieres) return `${z.debut.ligne}:${z.fin.ligne}`;
  const a = adresseDe(z.debut);
  const b = adresseDe(z.fin);
  return a === b ? a : `${a}:${b}`;
}

/** Excel's rules for a defined name (« Noms dans les formules »). */
export function nomValide(nom: string): boolean {
  if (nom.length === 0 || nom.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(nom)) return false;
  if (/^[RC]$/i.test(nom) || /^R\d*C\d*$/i.test(nom)) return false;
  const ref = /^([A-Z]{1,3})(\d+)$/i.exec(nom);
  return !(ref && zoneDe(nom) !== null);
}

const valideur = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });

/** What Excel stores when a person (or Range.values) enters this text in a cell of this format. */
function saisie(x: unknown, format: string | undefined): Pick<Cellule, "valeur" | "formule"> {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new ErreurExcel("InvalidArgument", `valeur non finie ${x}`);
    return { valeur: x };
  }
  if (typeof x === "boolean") return { valeur: x };
  if (x === null || x === undefined) return { valeur: "" };
  if (typeof x !== "string") throw new ErreurExcel("InvalidArgument", `valeur de type ${typeof x}`);
  if (format === "@") return { valeur: x };
  if (x.startsWith("'")) return { valeur: x.slice(1) };
  const nombre = /^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?%?$/i;
  if (/^[=@]./s.test(x) || (/^[+-]./s.test(x) && !nombre.test(x.trim()))) {
    const formule = x.startsWith("=") ? x : `=${x}`;
    if (!valideur.validateFormula(formule)) throw new ErreurExcel("InvalidArgument", `formule invalide ${formule}`);
    return { valeur: 0, formule };
  }
  const t = x.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?$/i.test(t)) return { valeur: Number(t) };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(t)) return { valeur: Number(t.slice(0, -1)) / 100 };
  if (/^(TRUE|VRAI)$/i.test(t)) return { valeur: true };
  if (/^(FALSE|FAUX)$/i.test(t)) return { valeur: false };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (date) {
    const [j, m, a] = t.includes("-") ? [Number(date[3]), Number(date[2]), Number(date[1])] : [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = Date.UTC(a, m - 1, j);
    if (new Date(ms).getUTCDate() === j) return { valeur: (ms - Date.UTC(1899, 11, 30)) / 86_400_000 };
  }
  return { valeur: x };
}

type Proprietes = Record<string, unknown>;

/** A proxy object: its loaded properties, readable after the sync that loaded them. */
abstract class Objet {
  private instantane: Proprietes = {};
  private resolu = false;
  protected nul = false;
  constructor(protected readonly ctx: ContexteFactice) {
    // Bound at the sync that follows its creation, as Excel binds a proxy.
    ctx.file.push(() => {
      this.resoudre();
      this.nul = this.estNul();
      this.resolu = true;
    });
  }
  protected resoudre(): void {}
  protected estNul(): boolean {
    return false;
  }
  /** The property values now, for a load. */
  protected abstract lire(p: string): unknown;
  get isNullObject(): boolean {
    if (!this.resolu) throw new ErreurExcel("PropertyNotLoaded", "isNullObject n'est disponible qu'après context.sync()");
    return this.nul;
  }
  load(proprietes: string | string[]) {
    const liste = (Array.isArray(proprietes) ? proprietes : proprietes.split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.file.push(() => {
      if (this.nul) return;
      for (const p of liste) this.instantane[p] = this.lire(p);
    });
    return this;
  }
  protected lu(p: string): unknown {
    if (!(p in this.instantane)) throw new ErreurExcel("PropertyNotLoaded", `la propriété ${p} n'est pas chargée : load puis context.sync()`);
    return this.instantane[p];
  }
  /** Queues an operation that fails at sync when the object is null, as in Excel. */
  protected plusTard(f: () => void) {
    this.ctx.file.push(() => {
      if (this.nul) throw new ErreurExcel("ItemNotFound", "objet nul");
      f();
    });
  }
}

export class FeuilleProxy extends Objet {
  constructor(
    ctx: ContexteFactice,
    private readonly trouver: () => Feuille | undefined,
  ) {
    super(ctx);
  }
  protected override estNul() {
    return this.trouver() === undefined;
  }
  feuille(): Feuille {
    const f = this.trouver();
    if (!f) throw new ErreurExcel("ItemNotFound", "feuille introuvable");
    return f;
  }
  protected lire(p: string) {
    if (p === "name") return this.feuille().nom;
    throw new ErreurExcel("InvalidArgument", `propriété inconnue ${p}`);
  }
  get name() {
    return this.lu("name") as string;
  }
  getRange(adresse: string) {
    return new PlageProxy(this.ctx, () => {
      const zone = zoneDe(adresse);
      if (!zone) throw new ErreurExcel("InvalidArgument", `adresse invalide ${adresse}`);
      return { feuille: this.feuille(), zone };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new PlageProxy(
      this.ctx,
      () => {
        const f = this.feuille();
        // With valuesOnly, a formula whose result is "" is left out: the worst case for a caller.
        this.ctx.calculer();
        const cles = [...f.cellules.entries()]
          .filter(([, c]) => c.valeur !== "" || (!valuesOnly && (c.formule !== undefined || c.format !== undefined || c.gras)))
          .map(([k]) => zoneDe(k)!.debut);
        if (cles.length === 0) return null;
        return {
          feuille: f,
          zone: {
            debut: { colonne: Math.min(...cles.map((c) => c.colonne)), ligne: Math.min(...cles.map((c) => c.ligne)) },
            fin: { colonne: Math.max(...cles.map((c) => c.colonne)), ligne: Math.max(...cles.map((c) => c.ligne)) },
          },
        };
      },
      true,
    );
  }
}

type Cible = { feuille: Feuille; zone: Zone };

export class PlageProxy extends Objet {
  private cible_: Cible | null = null;
  constructor(
    ctx: ContexteFactice,
    private readonly trouver: () => Cible | null,
    private readonly peutEtreNulle = false,
  ) {
    super(ctx);
  }
  protected override resoudre() {
    const c = this.trouver();
    if (c === null && !this.peutEtreNulle) throw new ErreurExcel("ItemNotFound", "plage introuvable");
    this.cible_ = c;
  }
  protected override estNul() {
    return this.peutEtreNulle && this.cible_ === null;
  }
  private cible(): Cible {
    if (!this.cible_) throw new ErreurExcel("ItemNotFound", "plage nulle");
    return this.cible_;
  }
  private get nbLignes() {
    const z = this.cible().zone;
    return z.fin.ligne - z.debut.ligne + 1;
  }
  private get nbColonnes() {
    const z = this.cible().zone;
    return z.fin.colonne - z.debut.colonne + 1;
  }
  private grille<T>(f: (c: Cellule | undefined) => T): T[][] {
    const { feuille, zone } = this.cible();
    if (this.nbLignes * this.nbColonnes > 100_000) throw new ErreurExcel("ResponsePayloadSizeLimitExceeded", "plage trop grande pour être lue");
    const g: T[][] = [];
    for (let l = zone.debut.ligne; l <= zone.fin.ligne; l++) {
      const ligne: T[] = [];
      for (let c = zone.debut.colonne; c <= zone.fin.colonne; c++) ligne.push(f(feuille.cellules.get(adresseDe({ colonne: c, ligne: l }))));
      g.push(ligne);
    }
    return g;
  }
  protected lire(p: string): unknown {
    const { feuille, zone } = this.cible();
    switch (p) {
      case "address":
        return `${nomEnAdresse(feuille.nom)}!${texteZone(zone)}`;
      case "rowIndex":
        return zone.debut.ligne - 1;
      case "columnIndex":
        return zone.debut.colonne;
      case "rowCount":
        return this.nbLignes;
      case "columnCount":
        return this.nbColonnes;
      case "values":
        this.ctx.calculer();
        return this.grille((c) => c?.valeur ?? "");
      case "formulas":
        return this.grille((c) => c?.formule ?? c?.valeur ?? "");
      case "numberFormat":
        return this.grille((c) => c?.format ?? "General");
      default:
        throw new ErreurExcel("InvalidArgument", `propriété inconnue ${p}`);
    }
  }
  get address() {
    return this.lu("address") as string;
  }
  get rowIndex() {
    return this.lu("rowIndex") as number;
  }
  get columnIndex() {
    return this.lu("columnIndex") as number;
  }
  get rowCount() {
    return this.lu("rowCount") as number;
  }
  get columnCount() {
    return this.lu("columnCount") as number;
  }
  get values() {
    return this.lu("values") as unknown[][];
  }
  get formulas() {
    return this.lu("formulas") as unknown[][];
  }
  get numberFormat() {
    return this.lu("numberFormat") as unknown[][];
  }
  private ecrire(valeurs: unknown[][], f: (c: Cellule, v: unknown) => void) {
    const copie = valeurs.map((l) => [...l]);
    this.plusTard(() => {
      const { feuille, zone } = this.cible();
      if (copie.length !== this.nbLignes || copie.some((l) => l.length !== this.nbColonnes)) {
        throw new ErreurExcel("InvalidArgument", `dimensions ${copie.length}×${copie[0]?.length} pour une plage de ${this.nbLignes}×${this.nbColonnes}`);
      }
      copie.forEach((l, i) =>
        l.forEach((v, j) => {
          const a = adresseDe({ colonne: zone.debut.colonne + j, ligne: zone.debut.ligne + i });
          const c = feuille.cellules.get(a) ?? { valeur: "" };
          f(c, v);
          feuille.cellules.set(a, c);
        }),
      );
      this.ctx.modifie();
    });
  }
  set values(v: unknown[][]) {
    this.ecrire(v, (c, x) => {
      if (x === null) return; // Office.js: null leaves the cell as it is
      delete c.formule;
      Object.assign(c, saisie(x, c.format));
    });
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  set numberFormat(v: unknown[][]) {
    this.ecrire(v, (c, x) => {
      if (typeof x !== "string") throw new ErreurExcel("InvalidArgument", "format non textuel");
      c.format = x;
    });
  }
  get format() {
    const plage = this;
    return {
      font: {
        set bold(b: boolean) {
          plage.plusTard(() => {
            const { feuille, zone } = plage.cible();
            for (let l = zone.debut.ligne; l <= zone.fin.ligne; l++)
              for (let c = zone.debut.colonne; c <= zone.fin.colonne; c++) {
                const a = adresseDe({ colonne: c, ligne: l });
                const cellule = feuille.cellules.get(a) ?? { valeur: "" };
                cellule.gras = b;
                feuille.cellules.set(a, cellule);
              }
          });
        },
      },
    };
  }
  get worksheet() {
    return new FeuilleProxy(this.ctx, () => this.cible().feuille);
  }
  private derivee(f: (z: Zone) => Zone) {
    return new PlageProxy(this.ctx, () => {
      const { feuille, zone } = this.cible();
      const z = f(zone);
      const texte = `${adresseDe(z.debut)}:${adresseDe(z.fin)}`;
      if (z.debut.colonne < 0 || z.debut.ligne < 1 || !zoneDe(texte)) throw new ErreurExcel("InvalidArgument", `plage hors de la feuille ${texte}`);
      return { feuille, zone: z };
    });
  }
  getCell(r: number, c: number) {
    return this.derivee((z) => {
      const cellule = { colonne: z.debut.colonne + c, ligne: z.debut.ligne + r };
      return { debut: cellule, fin: cellule };
    });
  }
  /**
   * The block of filled cells around the range, as Ctrl+A finds it: grown
   * while a cell beside it (diagonals included) holds something.
   */
  getSurroundingRegion() {
    return this.derivee((z) => {
      const { feuille } = this.cible();
      const plein = (c: number, l: number) => c >= 0 && l >= 1 && (feuille.cellules.get(adresseDe({ colonne: c, ligne: l }))?.valeur ?? "") !== "";
      const r = { debut: { ...z.debut }, fin: { ...z.fin } };
      const rangee = (l: number) => {
        for (let c = r.debut.colonne - 1; c <= r.fin.colonne + 1; c++) if (plein(c, l)) return true;
        return false;
      };
      const colonne = (c: number) => {
        for (let l = r.debut.ligne - 1; l <= r.fin.ligne + 1; l++) if (plein(c, l)) return true;
        return false;
      };
      for (let change = true; change; ) {
        change = false;
        while (r.debut.ligne > 1 && rangee(r.debut.ligne - 1)) (r.debut.ligne--, (change = true));
        while (r.fin.ligne < DERNIERE_LIGNE && rangee(r.fin.ligne + 1)) (r.fin.ligne++, (change = true));
        while (r.debut.colonne > 0 && colonne(r.debut.colonne - 1)) (r.debut.colonne--, (change = true));
        while (r.fin.colonne < DERNIERE_COLONNE && colonne(r.fin.colonne + 1)) (r.fin.colonne++, (change = true));
      }
      return r;
    });
  }
  getResizedRange(dl: number, dc: number) {
    return this.derivee((z) => ({ debut: z.debut, fin: { colonne: z.fin.colonne + dc, ligne: z.fin.ligne + dl } }));
  }
}

class NomProxy extends Objet {
  constructor(
    ctx: ContexteFactice,
    private readonly nom: string,
  ) {
    super(ctx);
  }
  protected override estNul() {
    return !this.ctx.noms.has(this.nom.toUpperCase());
  }
  protected lire(p: string) {
    const n = this.ctx.noms.get(this.nom.toUpperCase())!;
    if (p === "name") return n.nom;
    if (p === "value") return n.reference.replace(/^=/, "");
    throw new ErreurExcel("InvalidArgument", `propriété inconnue ${p}`);
  }
  get name() {
    return this.lu("name") as string;
  }
  get value() {
    return this.lu("value") as unknown;
  }
  delete() {
    this.plusTard(() => {
      this.ctx.noms.delete(this.nom.toUpperCase());
      this.ctx.modifie();
    });
  }
  getRangeOrNullObject() {
    return new PlageProxy(this.ctx, () => this.ctx.plageDuNom(this.nom), true);
  }
}

export class ContexteFactice {
  /** The operations of the current batch, run at sync. */
  file: (() => void)[] = [];
  private feuilles_ = new Map<string, Feuille>();
  /** Defined names, by upper-case name. */
  noms = new Map<string, { nom: string; reference: string }>();
  selection: { feuille: string; adresse: string };
  private aRecalculer = true;

  constructor(selection = { feuille: "Feuil1", adresse: "B2" }) {
    this.selection = selection;
    this.feuilles_.set("FEUIL1", new Feuille("Feuil1"));
  }

  /** Runs the batch in order; the first failure rejects and drops what follows. */
  async sync() {
    const ops = this.file.splice(0);
    for (const op of ops) op();
  }

  modifie() {
    this.aRecalculer = true;
  }

  feuilleNommee(nom: string): Feuille | undefined {
    return this.feuilles_.get(nom.toUpperCase());
  }

  get feuilles(): Map<string, Feuille> {
    return new Map([...this.feuilles_.values()].map((f) => [f.nom, f]));
  }

  plageDuNom(nom: string): Cible | null {
    const n = this.noms.get(nom.toUpperCase());
    const m = n && /^=(?:'((?:[^']|'')+)'|([^'!]+))!([$A-Z0-9:]+)$/i.exec(n.reference);
    if (!m) return null;
    const feuille = this.feuilleNommee(m[1]?.replace(/''/g, "'") ?? m[2]);
    const zone = zoneDe(m[3]);
    return feuille && zone ? { feuille, zone } : null;
  }

  get workbook() {
    const ctx = this;
    return {
      worksheets: {
        getItemOrNullObject: (nom: string) => new FeuilleProxy(ctx, () => ctx.feuilleNommee(nom)),
        add: (nom: string) => {
          ctx.file.push(() => {
            if (ctx.feuilleNommee(nom)) throw new ErreurExcel("ItemAlreadyExists", `feuille ${nom}`);
            if (nom.length === 0 || nom.length > 31 || /[:\\/?*[\]]/.test(nom) || /^'|'$/.test(nom)) throw new ErreurExcel("InvalidArgument", `nom de feuille ${nom}`);
            ctx.feuilles_.set(nom.toUpperCase(), new Feuille(nom));
          });
          return new FeuilleProxy(ctx, () => ctx.feuilleNommee(nom));
        },
      },
      getSelectedRange: () => {
        ctx.file.push(() => {
          if (ctx.selection.adresse.includes(",")) throw new ErreurExcel("InvalidSelection", "la sélection comporte plusieurs zones");
        });
        const feuille = new FeuilleProxy(ctx, () => ctx.feuilleNommee(ctx.selection.feuille));
        return new PlageProxy(ctx, () => {
          const zone = zoneDe(ctx.selection.adresse);
          if (!zone) throw new ErreurExcel("InvalidSelection", ctx.selection.adresse);
          return { feuille: feuille.feuille(), zone };
        });
      },
      names: {
        add: (nom: string, reference: string) => {
          ctx.file.push(() => {
            if (!nomValide(nom)) throw new ErreurExcel("InvalidArgument", `nom défini invalide ${nom}`);
            if (ctx.noms.has(nom.toUpperCase())) throw new ErreurExcel("ItemAlreadyExists", nom);
            if (typeof reference !== "string" || !reference.startsWith("=") || !valideur.validateFormula(reference)) {
              throw new ErreurExcel("InvalidArgument", `référence invalide ${reference}`);
            }
            ctx.noms.set(nom.toUpperCase(), { nom, reference });
            ctx.modifie();
          });
        },
        getItemOrNullObject: (nom: string) => new NomProxy(ctx, nom),
      },
    };
  }

  /** Recomputes every formula of the workbook with HyperFormula and the LAEP functions. */
  calculer() {
    if (!this.aRecalculer) return;
    const feuilles = [...this.feuilles_.values()];
    // Built from whole sheets at once: the engine computes once (cell by cell, it recomputes after each one).
    const donnees: Record<string, (string | number | boolean | null)[][]> = {};
    for (const f of feuilles) {
      const lignes: (string | number | boolean | null)[][] = [];
      for (const [a, c] of f.cellules) {
        const { debut } = zoneDe(a)!;
        const contenu = c.formule ?? (typeof c.valeur === "string" && c.valeur !== "" ? `'${c.valeur}` : c.valeur);
        (lignes[debut.ligne - 1] ??= [])[debut.colonne] = contenu === "" ? null : contenu;
      }
      donnees[f.nom] = Array.from({ length: lignes.length }, (_, i) => Array.from(lignes[i] ?? [], (x) => x ?? null));
    }
    // smartRounding off: HyperFormula would otherwise hand values rounded to 10 digits, where Excel hands the double itself.
    const hf = moteur().buildFromSheets(
      donnees,
      { licenseKey: "gpl-v3", maxRows: DERNIERE_LIGNE, maxColumns: DERNIERE_COLONNE + 1, smartRounding: false },
      [...this.noms.values()].map(({ nom, reference }) => ({ name: nom, expression: reference })),
    );
    for (const f of feuilles) {
      const id = hf.getSheetId(f.nom)!;
      for (const [a, c] of f.cellules) {
        if (c.formule === undefined) continue;
        const { debut } = zoneDe(a)!;
        const v = hf.getCellValue({ sheet: id, row: debut.ligne - 1, col: debut.colonne });
        c.valeur = v instanceof DetailedCellError ? `${v.value}${v.message ? ` (${v.message})` : ""}` : v === null ? 0 : (v as string | number | boolean);
      }
    }
    hf.destroy();
    this.aRecalculer = false;
  }

  /** The sheet's cells as { A1: formula or value }, for assertions. */
  contenu(feuille: string): Record<string, unknown> {
    const f = this.feuilleNommee(feuille);
    if (!f) return {};
    return Object.fromEntries([...f.cellules.entries()].filter(([, c]) => c.valeur !== "" || c.formule).map(([a, c]) => [a, c.formule ?? c.valeur]));
  }

  /** The computed values of the sheet, { A1: value }. */
  valeurs(feuille: string): Record<string, unknown> {
    this.calculer();
    const f = this.feuilleNommee(feuille);
    if (!f) return {};
    return Object.fromEntries([...f.cellules.entries()].filter(([, c]) => c.valeur !== "").map(([a, c]) => [a, c.valeur]));
  }

  /** A person typing in a cell: coerced as Excel does, formats kept. */
  taper(feuille: string, adresse: string, texte: string | number | boolean) {
    this.poser(feuille, adresse, (c) => saisie(texte, c.format));
  }

  /** A value stored as is (as a file could hold it), without coercion. */
  ecrire(feuille: string, adresse: string, valeur: string | number | boolean) {
    this.poser(feuille, adresse, () => ({ valeur }));
  }

  private poser(feuille: string, adresse: string, contenu: (c: Cellule) => Pick<Cellule, "valeur" | "formule">) {
    let f = this.feuilleNommee(feuille);
    if (!f) {
      f = new Feuille(feuille);
      this.feuilles_.set(feuille.toUpperCase(), f);
    }
    const c = f.cellules.get(adresse) ?? { valeur: "" };
    delete c.formule;
    Object.assign(c, contenu(c));
    f.cellules.set(adresse, c);
    this.modifie();
  }

  /** Clears a row's contents (A:Z), as « Supprimer » on a selection does; formats stay. */
  effacerLigne(feuille: string, ligne: number) {
    const f = this.feuilleNommee(feuille);
    for (const [a, c] of f?.cellules ?? []) {
      if (zoneDe(a)!.debut.ligne === ligne) {
        delete c.formule;
        c.valeur = "";
      }
    }
    this.modifie();
  }

  /** Defines a name directly (a name the user made). */
  nommer(nom: string, reference: string) {
    this.noms.set(nom.toUpperCase(), { nom, reference });
    this.modifie();
  }

  /** The defined names as { NOM: reference }, for assertions. */
  nomsDefinis(): Record<string, string> {
    return Object.fromEntries([...this.noms.values()].map((n) => [n.nom, n.reference]));
  }

  reference(nom: string): string | undefined {
    return this.noms.get(nom.toUpperCase())?.reference;
  }
}
