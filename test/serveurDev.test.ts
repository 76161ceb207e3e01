/**
 * The development server (`npm start`, `npm run dev-server`) serves the
 * add-in to this machine only: Excel loads it from localhost, and nothing
 * fetches its pages from another origin.
 */
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configuration = require(join(__dirname, "../webpack.config.js")) as (env: unknown, options: { mode: string }) => Promise<{ devServer: Record<string, unknown> }>;

describe("serveur de développement", () => {
  it("n'écoute que sur localhost et n'accepte que l'hôte localhost", async () => {
    const { devServer } = await configuration({}, { mode: "development" });
    expect(devServer.host).toBe("localhost");
    expect(devServer.allowedHosts).toEqual(["localhost"]);
  });

  it("n'envoie aucun en-tête CORS ouvert à tous", async () => {
    const { devServer } = await configuration({}, { mode: "development" });
    const entetes = (devServer.headers ?? {}) as Record<string, string>;
    expect(Object.keys(entetes).map((k) => k.toLowerCase())).not.toContain("access-control-allow-origin");
  });
});
