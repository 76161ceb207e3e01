/** A static server for dist/ on a free loopback port, for the browser tests. */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export async function servir(dossier: string): Promise<{ url: string; fermer: () => Promise<void> }> {
  const serveur: Server = createServer(async (req, res) => {
    const chemin = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    try {
      const contenu = await readFile(join(dossier, chemin));
      res.writeHead(200, { "content-type": TYPES[extname(chemin)] ?? "application/octet-stream" });
      res.end(contenu);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => serveur.listen(0, "127.0.0.1", resolve));
  const { port } = serveur.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, fermer: () => new Promise((resolve) => serveur.close(() => resolve())) };
}
