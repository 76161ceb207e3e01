#!/usr/bin/env node
// Command-line entry: runs the compiled CLI (build/ is made by `npm install`, through the prepare script).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "build", "cli", "index.js");
if (!existsSync(cli)) {
  process.stderr.write("Erreur : l'outil n'est pas compilé. Lancez « npm install » (ou « npm run build:cli ») dans le dossier du projet.\n");
  process.exit(2);
}
require(cli)
  .principal(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
