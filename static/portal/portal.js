// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Live word counters for the proposal's textareas (with data-word-limit and data-min-words when the
  // section has them). The server renders the same count, so the page is right without JavaScript; this
  // keeps it right while typing.
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
      var over = !isNaN(limit) && words > limit;
      counter.classList.toggle("text-danger", over);
      counter.classList.toggle("fw-semibold", over);
      counter.classList.toggle("text-body-secondary", !over);
      textarea.classList.toggle("is-invalid", over);
    }
    textarea.addEventListener("input", update);
  }

  // The weighted total of a score sheet while the judge types: the same formula as the server,
  // sum(w * (s - min) / (max - min)) / sum(w) * 100. While criteria are still empty it shows the points
  // earned so far (an empty criterion counts 0) and how many criteria are left, from the output's
  // data-left-one / data-left-many texts (translated on the server; "{n}" stands for the number).
  function attachLiveTotal(form) {
    var output = document.getElementById("live-total");
    var left = document.getElementById("live-total-left");
    var inputs = form.querySelectorAll(".score-input");
    if (!output || !inputs.length) { return; }
    // Written as the server writes it, in the page's language: "77,78" in Indonesian.
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, {
      minimumFractionDigits: 2, maximumFractionDigits: 2
    });
    function update() {
      var weighted = 0, weights = 0, missing = 0;
      inputs.forEach(function (input) {
        var value = parseFloat(String(input.value).replace(",", "."));
        var weight = parseFloat(input.dataset.weight);
        var low = parseFloat(input.dataset.min), high = parseFloat(input.dataset.max);
        weights += weight;
        if (isNaN(value) || value < low || value > high) { missing += 1; return; }
        weighted += weight * (value - low) / (high - low);
      });
      output.textContent = weights ? number.format(weighted / weights * 100) : "–";
      if (left) {
        var text = missing === 1 ? left.dataset.leftOne : (left.dataset.leftMany || "").replace("{n}", missing);
        left.textContent = missing ? text : "";
      }
    }
    inputs.forEach(function (input) { input.addEventListener("input", update); });
    update();
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

  // The names of the chosen files beside the portal's file button (the browser's own is hidden).
  function showChosenFiles(input) {
    var chosen = input.parentNode.querySelector(".file-picker-chosen");
    if (!chosen) { return; }
    input.addEventListener("change", function () {
      var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
      chosen.textContent = names.length ? names.join(", ") : chosen.dataset.none;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".file-picker-input").forEach(showChosenFiles);
    document.querySelectorAll("form[data-warn-unsaved]").forEach(warnBeforeLeavingUnsaved);
    document.querySelectorAll("textarea.word-counted").forEach(attachCounter);
    var scoreForm = document.getElementById("score-form");
    if (scoreForm) { attachLiveTotal(scoreForm); }
  });
})();
