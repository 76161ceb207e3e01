/**
 * What can be checked of the manifest offline (`office-addin-manifest
 * validate` needs a Microsoft web service): well-formed XML, the settings
 * the add-in relies on, and URLs that point at files the build produces.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStringPromise } from "xml2js";

const RACINE = join(__dirname, "..");
const DIST = join(RACINE, "dist");

async function lire(fichier: string) {
  const xml = readFileSync(fichier, "utf8");
  const doc = await parseStringPromise(xml);
  const urls = [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
  return { xml, doc, urls };
}

describe("manifest.xml", () => {
  it("est un XML bien formé qui déclare le complément attendu", async () => {
    const { doc } = await lire(join(DIST, "manifest.xml"));
    const app = doc.OfficeApp;
    expect(app.DisplayName[0].$.DefaultValue).toBe("Financement LAEP");
    expect(app.DefaultLocale[0]).toBe("fr-FR");
    expect(app.Id[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Permissions[0]).toBe("ReadWriteDocument");
    expect(app.Requirements[0].Sets[0].Set.map((s: { $: { Name: string } }) => s.$.Name)).toContain("SharedRuntime");
  });

  it("déclare les ensembles d'API sans lesquels le complément ne peut pas démarrer", async () => {
    const { doc } = await lire(join(DIST, "manifest.xml"));
    const ensembles = Object.fromEntries(doc.OfficeApp.Requirements[0].Sets[0].Set.map((s: { $: { Name: string; MinVersion: string } }) => [s.$.Name, s.$.MinVersion]));
    // One runtime for functions and pane; CustomFunctions.Error with a message is CustomFunctionsRuntime 1.2.
    expect(ensembles).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    const fonctions = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(fonctions).toMatch(/CustomFunctions\.Error\(/);
  });

  it("partage un seul runtime entre les fonctions et le volet, sous l'espace de noms LAEP", async () => {
    const { xml } = await lire(join(DIST, "manifest.xml"));
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="LAEP"/);
  });

  it("pointe vers des fichiers que la compilation produit", async () => {
    const { urls } = await lire(join(DIST, "manifest.xml"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      const fichier = join(DIST, url.slice("https://localhost:3000/".length).split(/[?#]/)[0]);
      expect([url, existsSync(fichier)]).toEqual([url, true]);
    }
    const metadonnees = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));
    expect(metadonnees.functions.length).toBe(6);
  });

  it("pointe vers l'hôte de déploiement quand LAEP_URL_PRODUCTION est donnée", async () => {
    const sortie = mkdtempSync(join(tmpdir(), "laep-dist-"));
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", sortie], {
      cwd: RACINE,
      env: { ...process.env, LAEP_URL_PRODUCTION: "https://laep.caf.example/complement" },
      stdio: "pipe",
    });
    const { urls } = await lire(join(sortie, "manifest.xml"));
    expect(urls.every((u) => u.startsWith("https://laep.caf.example/complement/"))).toBe(true);
    expect(urls).toContain("https://laep.caf.example/complement/functions.json");
  }, 120_000);

  it("refuse une adresse de déploiement qui n'est pas en https", () => {
    expect(() =>
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", mkdtempSync(join(tmpdir(), "laep-dist-"))], {
        cwd: RACINE,
        env: { ...process.env, LAEP_URL_PRODUCTION: "http://laep.caf.example/" },
        stdio: "pipe",
      }),
    ).toThrow(/LAEP_URL_PRODUCTION doit être une adresse https/);
  }, 120_000);
});

describe("pages livrées", () => {
  it("ne chargent aucun script externe autre qu'Office.js", () => {
    for (const page of ["taskpane.html", "functions.html"]) {
      const html = readFileSync(join(DIST, page), "utf8");
      const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
      const externes = scripts.filter((s) => /^(https?:)?\/\//.test(s));
      expect([page, externes]).toEqual([page, ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]]);
    }
  });

  it("ne contiennent aucun appel réseau dans le code livré", () => {
    for (const fichier of ["functions.js", "taskpane.js"]) {
      const js = readFileSync(join(DIST, fichier), "utf8");
      expect([fichier, js.match(/\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/g)]).toEqual([fichier, null]);
    }
  });
});
