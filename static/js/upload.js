// Progressive enhancement for the resume forms: client-side checks that mirror the server's,
// an upload progress bar, and errors shown in place. Without JavaScript the form posts normally.
(function () {
  "use strict";

  function fileError(input, message) {
    var container = input.closest(".mb-3") || input.parentNode;
    var feedback = container.querySelector("[data-client-error]");
    if (!feedback) {
      feedback = document.createElement("div");
      feedback.className = "invalid-feedback d-block";
      feedback.id = input.id + "_client_error";
      feedback.setAttribute("data-client-error", "");
      input.insertAdjacentElement("afterend", feedback);
    }
    feedback.textContent = message;
    input.classList.add("is-invalid");
    input.setAttribute("aria-invalid", "true");
    var described = (input.getAttribute("aria-describedby") || "").split(" ");
    if (described.indexOf(feedback.id) === -1) {
      described.push(feedback.id);
      input.setAttribute("aria-describedby", described.join(" ").trim());
    }
    input.focus();
  }

  function clearFileError(input) {
    var feedback = document.getElementById(input.id + "_client_error");
    if (feedback) {
      feedback.remove();
    }
    input.classList.remove("is-invalid");
    input.removeAttribute("aria-invalid");
  }

  function precheck(input) {
    var file = input.files && input.files[0];
    if (!file) {
      return true;  // the server says what is missing
    }
    var max = parseInt(input.getAttribute("data-max-bytes"), 10);
    if (file.size === 0) {
      fileError(input, "This file is empty. Please choose your resume file again.");
      return false;
    }
    if (max && file.size > max) {
      fileError(input, "This file is larger than " + Math.round(max / 1048576) +
        " MB. Please send a smaller file, such as a PDF.");
      return false;
    }
    var accepted = (input.getAttribute("accept") || "").split(",");
    var name = file.name.toLowerCase();
    var ok = accepted.some(function (ext) { return ext && name.slice(-ext.length) === ext; });
    if (accepted.length && !ok) {
      fileError(input, "Please upload a PDF, Word (DOC or DOCX), OpenDocument (ODT), RTF or plain text file.");
      return false;
    }
    clearFileError(input);
    return true;
  }

  function focusErrors() {
    var summary = document.getElementById("form-errors");
    if (summary) {
      summary.focus();
    }
  }

  function replaceMain(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("main");
    var main = document.querySelector("main");
    if (!fresh || !main) {
      document.open();
      document.write(html);
      document.close();
      return;
    }
    main.innerHTML = fresh.innerHTML;
    document.title = doc.title;
    init();
    focusErrors();
  }

  function enhance(form) {
    var input = form.querySelector('input[type="file"]');
    var progressBox = form.querySelector("[data-upload-progress]");
    var bar = progressBox && progressBox.querySelector("progress");
    if (!input || !window.FormData || !window.XMLHttpRequest || !bar) {
      return;
    }
    input.addEventListener("change", function () { precheck(input); });
    form.addEventListener("submit", function (event) {
      if (!precheck(input)) {
        event.preventDefault();
        return;
      }
      event.preventDefault();
      var submit = form.querySelector('[type="submit"]');
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.getAttribute("action") || window.location.href);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          var percent = Math.round((e.loaded / e.total) * 100);
          bar.value = percent;
          bar.textContent = percent + "%";
        }
      });
      xhr.addEventListener("load", function () {
        var landed = xhr.responseURL && xhr.responseURL.split("#")[0] !== window.location.href.split("#")[0];
        if (xhr.status >= 200 && xhr.status < 300 && landed) {
          window.location.assign(xhr.responseURL);
        } else {
          replaceMain(xhr.responseText);
        }
      });
      xhr.addEventListener("error", function () {
        progressBox.hidden = true;
        if (submit) { submit.disabled = false; }
        fileError(input, "The upload did not finish. Please check your connection and try again.");
      });
      progressBox.hidden = false;
      if (submit) { submit.disabled = true; }
      xhr.send(new FormData(form));
    });
  }

  function init() {
    document.querySelectorAll("form[data-upload-form]").forEach(enhance);
  }

  init();
  focusErrors();
})();
