// `npm start`: builds and serves the add-in on localhost, then
// - on Windows and macOS, sideloads it into desktop Excel (office-addin-debugging);
// - elsewhere (Linux: no desktop Excel, and office-addin-debugging refuses the
//   platform), keeps serving and says where the page is and how to load the
//   add-in into Excel on the web.
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const racine = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const enfant = spawn(process.execPath, [cli, "start", "manifest.xml", "desktop"], { cwd: racine, stdio: "inherit" });
  enfant.on("exit", (code) => process.exit(code ?? 0));
} else {
  await servirSansExcel();
}

async function servirSansExcel() {
  const https = process.env.LAEP_HTTP !== "1" && (await certificatsDeveloppement());
  // The page for a plain browser: the simulator built without Office.js (taskpane.html is the one Excel opens).
  const adresse = `${https ? "https" : "http"}://localhost:${port}/simulateur.html`;
  const env = { ...process.env, ...(https ? {} : { LAEP_HTTP: "1" }) };
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const serveur = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { cwd: racine, env, stdio: ["ignore", "pipe", "pipe"] });

  let annonce = false;
  const suivre = (flux, sortie) =>
    flux.on("data", (morceau) => {
      const texte = morceau.toString();
      sortie.write(texte);
      if (!annonce && /compiled successfully/.test(texte)) {
        annonce = true;
        console.log(banniere(adresse, https));
      }
      if (/EADDRINUSE/.test(texte)) console.error(`\nLe port ${port} est déjà utilisé : arrêtez l'autre serveur (ou un « npm start » déjà lancé), puis recommencez.`);
    });
  suivre(serveur.stdout, process.stdout);
  suivre(serveur.stderr, process.stderr);
  const arreter = () => serveur.kill("SIGTERM");
  process.on("SIGINT", arreter);
  process.on("SIGTERM", arreter);
  serveur.on("exit", (code) => process.exit(code ?? 0));
}

/** Office's developer certificates (~/.office-addin-dev-certs), created if missing, never installed system-wide. */
async function certificatsDeveloppement() {
  const dossier = join(homedir(), ".office-addin-dev-certs");
  const ca = join(dossier, "ca.crt");
  try {
    if (!existsSync(ca)) {
      const { generateCertificates } = require("office-addin-dev-certs/lib/generate.js");
      await generateCertificates();
    }
    const fin = new Date(new X509Certificate(readFileSync(join(dossier, "localhost.crt"))).validTo);
    if (fin < new Date()) {
      console.warn(`Le certificat de développement de ${dossier} a expiré le ${fin.toLocaleDateString("fr-FR")} : service en HTTP.`);
      console.warn(`Supprimez ce dossier et relancez « npm start » pour en créer un nouveau.`);
      return false;
    }
    return true;
  } catch (erreur) {
    console.warn(`Certificats de développement indisponibles (${erreur.message}) : service en HTTP.`);
    return false;
  }
}

function banniere(adresse, https) {
  const ca = join(homedir(), ".office-addin-dev-certs", "ca.crt");
  return [
    "",
    "──────────────────────────────────────────────────────────────",
    ` Financement LAEP est servi sur ${adresse}`,
    "",
    " Pas d'Excel de bureau sur cette machine : rien n'est chargé automatiquement.",
    " • Simulateur seul : ouvrez l'adresse ci-dessus dans un navigateur.",
    https
      ? `   Le certificat est un certificat de développement : acceptez-le, ou importez\n   ${ca} comme autorité de confiance dans le navigateur.`
      : "   (Service en HTTP : Excel sur le web exige HTTPS ; relancez sans LAEP_HTTP=1.)",
    " • Excel sur le web : ouvrez un classeur, Accueil > Compléments > Plus de compléments",
    "   > Mes compléments > Charger mon complément, et choisissez le fichier",
    `   ${join(racine, "manifest.xml")}`,
    "   (le navigateur doit faire confiance au certificat ci-dessus).",
    " Ctrl+C pour arrêter.",
    "──────────────────────────────────────────────────────────────",
  ].join("\n");
}
