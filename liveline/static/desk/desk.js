// The desk works without this script; it only adds the keyboard shortcut.
(function () {
  "use strict";
  // Ctrl/Cmd+Enter in a post form presses its main button (Publish for editors, Save otherwise),
  // through requestSubmit so the browser sends the button's name and value like a click.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    var form = event.target.closest && event.target.closest("form[data-compose]");
    if (!form) return;
    var button = form.querySelector("[data-default-action]");
    if (!button) return;
    event.preventDefault();
    form.requestSubmit(button);
  });
})();
