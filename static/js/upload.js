// Progressive enhancement for the resume forms. Resume first: choosing a file uploads it at once,
// with the progress bar, and the server's answer fills in the fields still empty (never what the
// person typed); the submit then sends the held file's token, not the file again. Also
// client-side checks that mirror the server's, errors shown in place, and errors that were fixed
// taken off the field and the summary. Without JavaScript, "Continue" does the first step.
(function () {
  "use strict";

  // Fields the first step may fill in; anything else in the server's answer is left alone.
  var READ_FIELDS = ["name", "email", "phone", "city", "state", "profile_url"];

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
      fileError(input, "Please upload your resume as a " +
        (input.getAttribute("data-accepted-label") || "PDF or Word") + " file.");
      return false;
    }
    clearFileError(input);
    return true;
  }

  function focusErrors() {
    var summary = document.getElementById("form-errors");
    if (summary) {
      summary.focus();
      return true;
    }
    return false;
  }

  // A server error the person has since fixed: off the field, and off the summary (which goes
  // when nothing is left in it). The server checks everything again on the submit.
  function clearServerError(field) {
    var container = field.closest(".mb-3") || field.parentNode;
    container.querySelectorAll(".invalid-feedback:not([data-client-error])").forEach(function (el) {
      el.remove();
    });
    field.classList.remove("is-invalid");
    field.removeAttribute("aria-invalid");
    var summary = document.getElementById("form-errors");
    if (!summary || !summary.classList.contains("error-summary")) {
      return;
    }
    summary.querySelectorAll('a[href="#' + field.id + '"]').forEach(function (link) {
      link.closest("li").remove();
    });
    var left = summary.querySelectorAll("li").length;
    if (!left) {
      summary.remove();
      return;
    }
    var heading = summary.querySelector("h2");
    if (heading) {
      heading.textContent = "Please correct " + left + " thing" + (left === 1 ? "" : "s") + " below";
    }
  }

  function watchFixes(form) {
    function check(event) {
      var field = event.target;
      if (field.type === "file" || !field.classList || !field.classList.contains("is-invalid")) {
        return;
      }
      if (field.checkValidity() && (field.type === "checkbox" ? field.checked : field.value.trim() !== "")) {
        clearServerError(field);
      }
    }
    // On change (leaving a text field, ticking a box), not on every key: an error does not
    // flicker away and back while a correction is half typed.
    form.addEventListener("change", check);
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

  function isEmpty(field) {
    return !field.value || !field.value.trim();
  }

  // The first step's answer: its resume block (held file, what was read, any error on the
  // file) replaces ours; its values go only into fields that are still empty.
  function applyRead(form, html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("form[data-upload-form]");
    var freshStep = fresh && fresh.querySelector("[data-resume-step]");
    var step = form.querySelector("[data-resume-step]");
    if (!freshStep || !step) {
      return false;
    }
    step.replaceWith(document.importNode(freshStep, true));
    READ_FIELDS.forEach(function (name) {
      var from = fresh.querySelector('[name="' + name + '"]');
      var to = form.querySelector('[name="' + name + '"]');
      if (from && to && !isEmpty(from) && isEmpty(to)) {
        to.value = from.value;
        if (to.classList.contains("is-invalid")) {
          clearServerError(to);
        }
      }
    });
    var freshAlerts = doc.querySelector("[data-form-alerts]");
    var alerts = document.querySelector("[data-form-alerts]");
    var resume = form.querySelector('input[type="file"]');
    if (alerts && freshAlerts && freshAlerts.querySelector("[role=alert]")) {
      alerts.innerHTML = freshAlerts.innerHTML;  // the file's error, or the pause
    } else if (resume) {
      clearServerError(resume);  // the file is good now
    }
    enhanceStep(form);
    if (!focusErrors() && resume) {
      resume.focus();
    }
    return true;
  }

  function readFile(form, input) {
    var progressBox = form.querySelector("[data-upload-progress]");
    var bar = progressBox.querySelector("progress");
    var submit = form.querySelector('[type="submit"]:not([data-continue])');
    var data = new FormData();
    ["csrfmiddlewaretoken", "held"].forEach(function (name) {
      var field = form.querySelector('input[name="' + name + '"]');
      if (field) {
        data.append(name, field.value);
      }
    });
    // What is typed already goes too (a few bytes), so the server's words about what it
    // filled in are true; fields typed during the upload are kept as well (applyRead).
    READ_FIELDS.forEach(function (name) {
      var field = form.querySelector('[name="' + name + '"]');
      if (field && !isEmpty(field)) {
        data.append(name, field.value);
      }
    });
    data.append("step", "read");
    data.append("resume", input.files[0]);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action") || window.location.href);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        bar.textContent = percent + "%";
      }
    });
    function done() {
      progressBox.hidden = true;
      bar.value = 0;
      if (submit) { submit.disabled = false; }
      form.removeAttribute("aria-busy");
    }
    xhr.addEventListener("load", function () {
      done();
      if (!applyRead(form, xhr.responseText)) {
        fileError(input, "We could not read this file just now. Please choose it again.");
      }
    });
    xhr.addEventListener("error", function () {
      done();
      fileError(input, "The upload did not finish. Please check your connection and try again.");
    });
    progressBox.hidden = false;
    if (submit) { submit.disabled = true; }
    form.setAttribute("aria-busy", "true");
    xhr.send(data);
  }

  var POLL_EVERY = 1500;  // ms; the server says when it has stopped waiting (about 30 s)
  var POLL_TRIES = 40;  // and past this many answers the page stops asking anyway

  function scanMessage(box, text) {
    var status = box.querySelector("[data-scan-status]");
    if (status) {
      status.textContent = text;
    }
    box.removeAttribute("data-scan-poll");
  }

  // A scan or photo being read in the background: ask for its fields until they are read,
  // then fill in the fields still empty, with the same words the server would use.
  function pollScan(form, box) {
    var url = box.getAttribute("data-scan-poll");
    var token = form.querySelector('input[name="held"]');
    if (!url || !token || !token.value) {
      return;
    }
    var tries = 0;
    function ask() {
      if (!document.body.contains(box)) {
        return;  // another file was chosen: its own block asks for its own fields
      }
      var xhr = new XMLHttpRequest();
      xhr.open("GET", url);
      xhr.setRequestHeader("X-Held-Token", token.value);
      xhr.addEventListener("load", function () {
        var answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = null; }
        tries += 1;
        if (answer && answer.state === "reading" && tries < POLL_TRIES) {
          window.setTimeout(ask, POLL_EVERY);
          return;
        }
        var filled = [];
        if (answer && answer.state === "read") {
          READ_FIELDS.forEach(function (name) {
            var value = answer.fields && answer.fields[name];
            var to = form.querySelector('[name="' + name + '"]');
            if (value && to && isEmpty(to)) {
              to.value = value;
              filled.push(answer.labels[name] || name);
              if (to.classList.contains("is-invalid")) {
                clearServerError(to);
              }
            }
          });
        }
        scanMessage(box, filled.length
          ? "From your resume we filled in: " + filled.join(", ") + ". Please check each one before you send."
          : "We could not read your details from this file, so please fill them in below.");
      });
      xhr.addEventListener("error", function () {
        tries += 1;
        if (tries < POLL_TRIES) {
          window.setTimeout(ask, POLL_EVERY * 2);
        } else {
          scanMessage(box, "We could not read your details from this file, so please fill them in below.");
        }
      });
      xhr.send();
    }
    window.setTimeout(ask, 0);
  }

  // The resume block: with JavaScript the file is read as soon as it is chosen, so no
  // "Continue" button, and a scan's fields are asked for, so no "Check again" either. Run again
  // whenever the block is replaced.
  function enhanceStep(form) {
    form.querySelectorAll("[data-continue]").forEach(function (button) {
      var holder = button.closest(".resume-continue");
      (holder || button).remove();
    });
    form.querySelectorAll("[data-scan-check]").forEach(function (check) { check.remove(); });
    form.querySelectorAll("[data-scan-poll]").forEach(function (box) { pollScan(form, box); });
    var input = form.querySelector('input[type="file"]');
    if (!input) {
      return;
    }
    input.addEventListener("change", function () {
      if (input.files && input.files[0] && precheck(input)) {
        readFile(form, input);
      }
    });
  }

  function enhance(form) {
    var progressBox = form.querySelector("[data-upload-progress]");
    var bar = progressBox && progressBox.querySelector("progress");
    if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser || !bar) {
      return;
    }
    enhanceStep(form);
    watchFixes(form);
    form.addEventListener("submit", function (event) {
      var input = form.querySelector('input[type="file"]');
      if (input && !precheck(input)) {
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
        if (input) {
          fileError(input, "The upload did not finish. Please check your connection and try again.");
        }
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
