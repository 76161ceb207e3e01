/**
 * A stand-in for Excel's CustomFunctions runtime: what Excel provides to
 * functions.js (associate, Error, ErrorCode), recording the associations.
 */
export class ErreurExcel {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function runtimeExcel() {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fonction?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") {
        if (associations.has(id)) throw new Error(`associated twice: ${id}`);
        associations.set(id, fonction!);
      } else for (const [cle, f] of Object.entries(id)) associations.set(cle, f);
    },
    Error: ErreurExcel,
    ErrorCode: CODES,
  };
  return { CustomFunctions, associations };
}

/** Calls a function as Excel does: a value, or the error it throws or returns. */
export function appelerCommeExcel(f: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return f(...args);
  } catch (erreur) {
    return erreur;
  }
}
