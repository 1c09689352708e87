// Near-duplicate warning while composing: a moment after the journalist stops typing, the draft's
// words are sent to the server, which compares them with the blog's earlier posts and answers
// with a ready-made warning (a link to the earlier post; a changed figure is shown as a possible
// update or correction). For a quote, a speaker the newsroom's list names otherwise ("Rutte")
// is offered as the list writes it ("Mark Rutte"). Nothing is blocked: it is a note under the form.
(function () {
  "use strict";
  const form = document.querySelector("form[data-compose][data-duplicates]");
  const box = form && form.querySelector("[data-duplicates-box]");
  if (!form || !box || !window.fetch) return;
  const FIELDS = ["body", "claim", "title", "speaker", "role"];
  const WAIT_MS = 800;
  let timer = null;
  let inflight = null;
  let lastSent = "";

  function draft() {
    const data = new FormData();
    let words = "";
    FIELDS.forEach((name) => {
      const field = form.elements.namedItem(name);
      if (field && typeof field.value === "string") {
        data.append(name, field.value);
        words += field.value + "\n";
      }
    });
    const token = form.elements.namedItem("csrfmiddlewaretoken");
    if (token) data.append("csrfmiddlewaretoken", token.value);
    return {data, words: words.trim()};
  }

  async function check() {
    const {data, words} = draft();
    if (words === lastSent) return;
    lastSent = words;
    if (words.length < 3) {
      box.replaceChildren();
      return;
    }
    if (inflight) inflight.abort();
    inflight = new AbortController();
    try {
      const response = await window.fetch(form.dataset.duplicates, {
        method: "POST", body: data, credentials: "same-origin", signal: inflight.signal,
        headers: {Accept: "application/json"},
      });
      if (!response.ok) return;
      const answer = await response.json();
      // Server-rendered from our own template; post excerpts are escaped there.
      if (box.innerHTML !== answer.html) box.innerHTML = answer.html;
    } catch (error) {
      // Offline or aborted by a newer check: the warning is a help, never a blocker.
    }
  }

  // "Use this speaker": the newsroom's spelling and role go into the quote's fields; nothing is sent.
  box.addEventListener("click", (event) => {
    const button = event.target.closest("[data-use-speaker]");
    if (!button) return;
    const speaker = form.elements.namedItem("speaker");
    const role = form.elements.namedItem("role");
    if (speaker) speaker.value = button.dataset.name;
    if (role && button.dataset.role && !role.value) role.value = button.dataset.role;
    [speaker, role].forEach((field) => field && field.dispatchEvent(new Event("input", {bubbles: true})));
    if (speaker) speaker.focus();
  });

  form.addEventListener("input", (event) => {
    if (!FIELDS.includes(event.target.name)) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(check, WAIT_MS);
  });
  check();
})();
