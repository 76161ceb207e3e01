import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Run in a process of its own: the time zone is the process's, which a test cannot change inside Jest. */
function dansLeFuseau(tz: string, code: string): string {
  const module = join(__dirname, "../../../build/core/format/dateIsoLocale.js");
  const r = spawnSync(process.execPath, ["-e", `const { dateIsoLocale } = require(${JSON.stringify(module)}); ${code}`], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
  return r.stdout.trim() + r.stderr;
}

describe("dateIsoLocale", () => {
  it("donne le jour du calendrier de l'utilisateur, pas celui de l'heure UTC", () => {
    // UTC+14: at 00:30 on 5 January there, it is still 4 January in UTC.
    const code = "const d = new Date(2026, 0, 5, 0, 30); console.log(d.toISOString().slice(0, 10), dateIsoLocale(d));";
    expect(dansLeFuseau("Pacific/Kiritimati", code)).toBe("2026-01-04 2026-01-05");
  });
});
