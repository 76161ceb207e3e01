import { domaineDuLien } from "../../src/taskpane/domaineDuLien";

describe("le site où mène le lien d'un barème", () => {
  it.each([
    ["https://www.caf.fr/partenaires/laep", "caf.fr"],
    ["http://caf.fr.exemple.test/caf.fr", "caf.fr.exemple.test"],
    ["https://caf.fr@exemple.test/", "exemple.test"],
    ["https://cаf.fr/", "xn--cf-7kc.fr"], // a Cyrillic « а »: shown in punycode (as punycode.js encodes it), never as « caf.fr »
  ])("%s mène à %s", (lien, domaine) => {
    expect(domaineDuLien(lien)).toBe(domaine);
  });

  it.each(["javascript:alert(1)", "file:///C:/x", "caf.fr", ""])("%p n'est pas un lien à ouvrir", (lien) => {
    expect(domaineDuLien(lien)).toBeNull();
  });
});
