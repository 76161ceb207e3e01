/** A progress bar on standard error, only when it is a terminal and the file is long. */
export function progression(total: number, libelle: string): { avancer(fait: number): void; finir(): void } {
  const actif = Boolean(process.stderr.isTTY) && total > 2_000_000;
  let dernier = 0;
  const dessiner = (fait: number) => {
    const part = Math.min(1, fait / total);
    const plein = Math.round(part * 30);
    process.stderr.write(`\r${libelle} [${"#".repeat(plein)}${"-".repeat(30 - plein)}] ${Math.round(part * 100)} %`);
  };
  return {
    avancer(fait) {
      if (!actif) return;
      const maintenant = Date.now();
      if (maintenant - dernier < 100) return;
      dernier = maintenant;
      dessiner(fait);
    },
    finir() {
      if (!actif) return;
      dessiner(total);
      process.stderr.write("\n");
    },
  };
}
