// `npm stop`: on Windows and macOS, unloads the add-in from desktop Excel and
// stops the dev server; on Linux, `npm start` runs in the foreground: Ctrl+C stops it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = require.resolve("office-addin-debugging/cli.js");
  spawn(process.execPath, [cli, "stop", "manifest.xml"], { stdio: "inherit" }).on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("Sous Linux, « npm start » tourne au premier plan : arrêtez-le avec Ctrl+C dans son terminal.");
}
