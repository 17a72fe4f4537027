// The job search (/jobs/): filters and the sort apply as soon as they change, so the Apply and
// Sort buttons (for pages without JavaScript) are hidden; the filter panel, closed by default so
// that a phone shows results first, is open on wide screens. After the page reloads, the control
// that was changed has focus again (its panel open), so keyboard and screen-reader users stay put.
(function () {
  "use strict";
  var form = document.querySelector("form[data-job-search]");
  if (!form) { return; }
  var KEY = "amtec-search-focus";
  var panel = form.querySelector("details[data-filters]");
  var wide = window.matchMedia("(min-width: 992px)");
  function fit() {
    if (panel && wide.matches) { panel.open = true; }
  }
  fit();
  if (wide.addEventListener) { wide.addEventListener("change", fit); }

  form.classList.add("auto-apply");
  var note = form.querySelector("[data-auto-note]");
  if (note) { note.hidden = false; }

  form.addEventListener("change", function (event) {
    var control = event.target;
    // The keyword and location boxes wait for "Search jobs" (or Enter), as people expect.
    if (!control.id || control.id === "id_q" || control.id === "id_location") { return; }
    try { window.sessionStorage.setItem(KEY, control.id); } catch (e) { /* private mode */ }
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  });

  var id = null;
  try {
    id = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch (e) { /* private mode */ }
  var control = id && document.getElementById(id);
  if (control && form.contains(control)) {
    var details = control.closest("details");
    if (details) { details.open = true; }
    control.focus();
  }
})();
