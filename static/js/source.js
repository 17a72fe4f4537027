// Where this visit came from, for staff deciding where recruiting money goes (candidates.sources).
// Pages are cached and set no cookie, so the first tag (?source=, utm_*) or the other site that
// sent the visitor is kept in this tab's sessionStorage, and the resume and apply forms carry it
// in a hidden field. Without JavaScript the apply page reads it from the page that linked to it.
(function () {
  "use strict";
  var KEY = "amtec-source";
  var store;
  try { store = window.sessionStorage; } catch (e) { return; }
  if (!store) { return; }
  function clean(value, length) {
    return (value || "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, length);
  }
  if (!store.getItem(KEY)) {
    var params = new URLSearchParams(window.location.search);
    var source = clean(params.get("source") || params.get("utm_source"), 60);
    var found = null;
    if (source) {
      found = {source: source, medium: clean(params.get("utm_medium"), 100),
               campaign: clean(params.get("utm_campaign"), 100)};
    } else if (document.referrer) {
      try {
        var host = new URL(document.referrer).hostname.toLowerCase();
        if (host && host !== window.location.hostname) {
          found = {source: clean(host.replace(/^www\./, ""), 60), medium: "", campaign: ""};
        }
      } catch (e) { /* not a URL */ }
    }
    if (found) { store.setItem(KEY, JSON.stringify(found)); }
  }
  var kept = store.getItem(KEY);
  if (!kept) { return; }
  var data;
  try { data = JSON.parse(kept); } catch (e) { return; }
  document.querySelectorAll("form[data-upload-form]").forEach(function (form) {
    [["source", data.source], ["utm_medium", data.medium], ["utm_campaign", data.campaign]].forEach(function (pair) {
      if (!pair[1] || form.querySelector('input[name="' + pair[0] + '"]')) { return; }
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      form.appendChild(input);
    });
  });
})();
