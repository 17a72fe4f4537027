// Progressive enhancement: a "Copy link" button for browsers that can write to the clipboard.
// Without JavaScript the link stays visible in a read-only field to copy by hand.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () {
          if (status) { status.textContent = "Link copied."; }
        },
        function () {
          field.select();
          if (status) { status.textContent = "Press Ctrl+C (or \u2318+C) to copy the selected link."; }
        }
      );
    });
  });
})();
