/** Bundles officeFactice.ts for the browser with the project's own webpack. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

export function construireOfficeFactice(): Promise<string> {
  const sortie = mkdtempSync(join(tmpdir(), "office-factice-"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: join(__dirname, "officeFactice.ts"),
        output: { path: sortie, filename: "office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
      },
      (erreur, stats) => {
        if (erreur || stats?.hasErrors()) return reject(erreur ?? new Error(stats?.toString()));
        resolve(readFileSync(join(sortie, "office.js"), "utf8"));
      },
    );
  });
}
