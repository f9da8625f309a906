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

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-word-limit]").forEach(attachCounter);
  });
})();
