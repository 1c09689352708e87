// "Preview" in a post form: the server renders the unsaved post with the reader's own partial
// and the answer is shown under the form. Without this script the button opens the preview in
// a new tab (formtarget), so the form is never left.
(function () {
  "use strict";

  function paneFor(form) {
    let pane = form.parentNode.querySelector("[data-preview-pane]");
    if (!pane) {
      pane = document.createElement("div");
      pane.className = "desk-preview-pane";
      pane.setAttribute("data-preview-pane", "");
      pane.setAttribute("aria-live", "polite");
      form.after(pane);
    }
    return pane;
  }

  async function preview(button) {
    const form = button.form;
    const pane = paneFor(form);
    const data = new FormData(form);
    data.set("action", "preview");
    button.disabled = true;
    pane.setAttribute("aria-busy", "true");
    try {
      const response = await window.fetch(button.formAction, {
        method: "POST", body: data, credentials: "same-origin", headers: {Accept: "application/json"},
      });
      const type = response.headers.get("Content-Type") || "";
      if (!response.ok || type.indexOf("application/json") === -1) throw new Error("preview " + response.status);
      const answer = await response.json();
      // Server-rendered and sanitized: the same markup readers get.
      pane.innerHTML = answer.html;
      if (answer.upload) {
        // The chosen file is stored now: keep its key so publishing does not send it again.
        const kept = form.querySelector("input[name=upload]");
        const file = form.querySelector("input[type=file]");
        if (kept) {
          kept.value = answer.upload;
          if (file) file.value = "";
          kept.dispatchEvent(new Event("change", {bubbles: true}));
        }
      }
    } catch (error) {
      pane.textContent = button.dataset.textFailed || "";
    } finally {
      button.disabled = false;
      pane.removeAttribute("aria-busy");
      pane.scrollIntoView({block: "nearest"});
    }
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("button[data-preview]");
    if (!button || !button.form) return;
    event.preventDefault();
    preview(button);
  });
})();
