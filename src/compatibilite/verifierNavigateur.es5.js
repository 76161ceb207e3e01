/*
 * ES5 on purpose: this runs first, inline, in any engine Office may use,
 * including Internet Explorer 11 (Microsoft 365 builds before 2101, or no
 * WebView2), which cannot parse the ES2020 bundles and would leave the pane
 * blank. It tries the newest syntax the bundles use; if the engine cannot
 * parse it, it says in French which Excel is needed, and marks the page so
 * that the bundles, if they run at all, leave the message in place.
 */
(function () {
  var moderne;
  try {
    moderne = typeof Promise === "function" && typeof Symbol === "function" && new Function("var o = { a: { b: 1 } }; return o?.a?.b ?? 0;")() === 1;
  } catch (e) {
    moderne = false;
  }
  if (moderne) return;
  document.documentElement.setAttribute("data-incompatible", "");
  var message =
    "Financement LAEP ne peut pas s'ouvrir dans cette version d'Excel : elle affiche les compléments avec un moteur trop ancien (Internet Explorer). " +
    "Il faut Microsoft 365 (version 2002 ou plus récente, avec WebView2), Excel 2021 ou 2024 à jour, Excel sur le web dans un navigateur récent, ou Excel pour Mac 16.35 ou plus récent. " +
    "Les fonctions LAEP.* ne fonctionnent pas non plus dans cette version. Votre service informatique peut mettre Excel à jour.";
  var cible = document.getElementById("app") || document.body;
  while (cible.firstChild) cible.removeChild(cible.firstChild);
  var p = document.createElement("p");
  p.className = "message echec";
  p.setAttribute("role", "alert");
  p.appendChild(document.createTextNode(message));
  cible.appendChild(p);
})();
