// A form sent back with errors: move keyboard and screen-reader focus to the list of errors, which
// links to each field. Without JavaScript the list is still the first thing in the form.
(function () {
  "use strict";
  var summary = document.getElementById("form-errors");
  if (summary) {
    summary.focus();
  }
})();
