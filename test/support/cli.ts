/** Runs the built command line (bin/financement-laep.js) as a user would. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const BIN = join(__dirname, "../../bin/financement-laep.js");

export function cli(args: string[], options: { cwd?: string; nodeOptions?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], { cwd: options.cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { code: r.status, sortie: r.stdout, erreurs: r.stderr };
}

/** Output must never show a stack trace or an internal error name. */
export function sansTrace(texte: string): boolean {
  return !/\n\s+at |TypeError|ReferenceError|SyntaxError|node:internal/.test(texte);
}
