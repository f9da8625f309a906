// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Live word counters for textareas with data-word-limit. The server renders the same count, so the
  // page is right without JavaScript; this keeps it right while typing.
  function countWords(text) {
    var words = text.trim().split(/\s+/);
    return words[0] === "" ? 0 : words.length;
  }

  function attachCounter(textarea) {
    var counter = document.querySelector('[data-counter-for="' + textarea.id + '"]');
    if (!counter) { return; }
    var limit = parseInt(textarea.getAttribute("data-word-limit"), 10);
    var template = counter.textContent.replace(/\d+/, "{words}");
    function update() {
      var words = countWords(textarea.value);
      counter.textContent = template.replace("{words}", words);
      var over = words > limit;
      counter.classList.toggle("text-danger", over);
      counter.classList.toggle("fw-semibold", over);
      counter.classList.toggle("text-body-secondary", !over);
      textarea.classList.toggle("is-invalid", over);
    }
    textarea.addEventListener("input", update);
  }

  // The weighted total of a score sheet while the judge types: the same formula as the server,
  // sum(w * (s - min) / (max - min)) / sum(w) * 100, shown only when every criterion has a score.
  function attachLiveTotal(form) {
    var output = document.getElementById("live-total");
    var inputs = form.querySelectorAll(".score-input");
    if (!output || !inputs.length) { return; }
    // Written as the server writes it, in the page's language: "77,78" in Indonesian.
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, {
      minimumFractionDigits: 2, maximumFractionDigits: 2
    });
    function update() {
      var weighted = 0, weights = 0, complete = true;
      inputs.forEach(function (input) {
        var value = parseFloat(String(input.value).replace(",", "."));
        var weight = parseFloat(input.dataset.weight);
        var low = parseFloat(input.dataset.min), high = parseFloat(input.dataset.max);
        if (isNaN(value) || value < low || value > high) { complete = false; return; }
        weighted += weight * (value - low) / (high - low);
        weights += weight;
      });
      output.textContent = complete && weights ? number.format(weighted / weights * 100) : "–";
    }
    inputs.forEach(function (input) { input.addEventListener("input", update); });
  }

  // A warning before leaving a page whose form has changes that are not saved: armed by the first
  // change, disarmed when the form is sent. A form the server sent back unsaved (a refused save, or
  // text restored after the session ended) carries data-unsaved and is armed from the start.
  function warnBeforeLeavingUnsaved(form) {
    var unsaved = form.hasAttribute("data-unsaved");
    function arm() { unsaved = true; }
    form.addEventListener("input", arm);
    form.addEventListener("change", arm);
    form.addEventListener("submit", function () { unsaved = false; });
    window.addEventListener("beforeunload", function (event) {
      if (!unsaved) { return; }
      event.preventDefault();
      event.returnValue = "";  // older browsers show the dialog only when a value is set
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-warn-unsaved]").forEach(warnBeforeLeavingUnsaved);
    document.querySelectorAll("textarea[data-word-limit]").forEach(attachCounter);
    var scoreForm = document.getElementById("score-form");
    if (scoreForm) { attachLiveTotal(scoreForm); }
  });
})();
