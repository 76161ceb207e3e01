/*
 * Outside Office (the simulator opened in a plain browser, Office.js absent or
 * unreachable) there is no CustomFunctions runtime, yet the page still loads
 * functions.js after this script, as the shared runtime requires. This
 * stand-in lets it register into nothing instead of failing.
 */
const global = globalThis as { CustomFunctions?: unknown };

if (typeof global.CustomFunctions === "undefined") {
  class ErreurSansOffice extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  global.CustomFunctions = {
    associate: () => undefined,
    Error: ErreurSansOffice,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
}

export {};
