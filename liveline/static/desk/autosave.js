// Autosave of the desk's post forms (form[data-autosave]): nothing typed is lost to a dropped
// connection, a closed tab or a reload.
//
// Every change goes to localStorage at once, and to the server (debounced, and with
// sendBeacon when the page goes away). On load, a copy in this browser that the server never
// confirmed is put back into the form, with the same notice and discard button as a draft the
// server put back. (Confirmation, not clocks: a laptop's clock may be minutes off the server's.) The server clears its copy when the post is
// saved or published; this browser's copy is cleared when a submitted form does not come back
// with errors.
(function () {
  "use strict";
  const DEBOUNCE_MS = 800;
  const SKIPPED = new Set(["csrfmiddlewaretoken", "action", "image", "discard"]);
  const PREFIX = "liveline:autosave:";
  const SUBMITTED = "liveline:autosave:submitted";

  function storage(kind) {
    try {
      const store = window[kind];
      store.getItem("x");
      return store;
    } catch (error) {
      return null;  // private modes and locked-down browsers: the server copy still works
    }
  }
  const local = storage("localStorage");
  const session = storage("sessionStorage");

  function fieldsOf(form) {
    const fields = {};
    new FormData(form).forEach((value, name) => {
      if (!SKIPPED.has(name) && typeof value === "string") fields[name] = value;
    });
    return fields;
  }

  function fill(form, fields) {
    Array.from(form.elements).forEach((element) => {
      if (!element.name || SKIPPED.has(element.name) || element.type === "file") return;
      if (element.type === "checkbox") element.checked = Object.prototype.hasOwnProperty.call(fields, element.name);
      else if (element.type === "radio") element.checked = fields[element.name] === element.value;
      else if (Object.prototype.hasOwnProperty.call(fields, element.name)) element.value = fields[element.name];
    });
  }

  function same(a, b) {
    const keys = new Set(Object.keys(a).concat(Object.keys(b)));
    for (const key of keys) if ((a[key] || "") !== (b[key] || "")) return false;
    return true;
  }

  function read(key) {
    if (!local) return null;
    try {
      return JSON.parse(local.getItem(PREFIX + key) || "null");
    } catch (error) {
      return null;
    }
  }

  function setup(form) {
    const key = form.dataset.autosaveKey;
    const url = form.dataset.autosave;
    const notice = document.querySelector("[data-autosave-notice]");
    const status = document.querySelector("[data-autosave-status]");
    const pristine = fieldsOf(form);  // as the server rendered it
    let timer = null;
    let submitting = false;
    let lastSent = pristine;
    let inFlight = null;

    function say(text) {
      if (status) status.textContent = text;
    }

    function keepLocally() {
      if (!local) return;
      try {
        local.setItem(PREFIX + key, JSON.stringify({fields: fieldsOf(form), savedAt: Date.now(), synced: false}));
      } catch (error) { /* storage full: the server copy remains */ }
    }

    function body(fields) {
      const data = new FormData();
      data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      Object.keys(fields).forEach((name) => data.append(name, fields[name]));
      return data;
    }

    async function send() {
      timer = null;
      if (submitting) return;
      const fields = fieldsOf(form);
      if (same(fields, lastSent)) return;
      const request = window.fetch(url, {
        method: "POST", body: body(fields), credentials: "same-origin",
        headers: {Accept: "application/json", "X-CSRFToken": form.querySelector("[name=csrfmiddlewaretoken]").value},
      });
      inFlight = request;
      try {
        const response = await request;
        const type = response.headers.get("Content-Type") || "";
        if (!response.ok || type.indexOf("application/json") === -1) throw new Error("autosave " + response.status);
        const answer = await response.json();
        lastSent = fields;
        const kept = read(key);
        if (local && kept && same(kept.fields, fields)) {
          kept.synced = true;
          local.setItem(PREFIX + key, JSON.stringify(kept));
        }
        const when = new Date(answer.saved_at);
        const time = when.toLocaleTimeString(document.documentElement.lang || undefined,
          {hour: "2-digit", minute: "2-digit"});
        say((status.dataset.textSaved || "").replace("%(time)s", time));
      } catch (error) {
        say(status.dataset.textLocalOnly || "");
        schedule(10000);  // try again later; the text is safe in localStorage meanwhile
      } finally {
        if (inFlight === request) inFlight = null;
      }
    }

    function schedule(delay) {
      window.clearTimeout(timer);
      timer = window.setTimeout(send, delay);
    }

    function changed() {
      if (submitting) return;
      keepLocally();
      schedule(DEBOUNCE_MS);
    }

    // A copy in this browser the server never confirmed: put it back.
    const kept = read(key);
    if (!form.hasAttribute("data-autosave-bound") && kept && kept.fields && !kept.synced
        && !same(kept.fields, pristine) && (kept.fields.kind || "") === (pristine.kind || "")) {
      fill(form, kept.fields);
      if (notice) {
        notice.querySelector("[data-autosave-notice-text]").textContent = notice.dataset.textLocal;
        notice.hidden = false;
      }
      lastSent = pristine;
      schedule(0);
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", () => {
      submitting = true;
      window.clearTimeout(timer);
      if (session) session.setItem(SUBMITTED, key);
    });
    const discard = document.querySelector("form[data-autosave-discard]");
    if (discard) {
      discard.addEventListener("submit", () => {
        submitting = true;
        window.clearTimeout(timer);
        if (local) local.removeItem(PREFIX + key);
      });
    }
    // Leaving (closing the tab, reloading, the phone locking): send what the server lacks.
    function flush() {
      if (submitting || !navigator.sendBeacon) return;
      const fields = fieldsOf(form);
      if (same(fields, lastSent)) return;
      if (navigator.sendBeacon(url, body(fields))) lastSent = fields;
    }
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") flush();
    });
  }

  // Back after submitting a form: a page without errors or a conflict means the post took what
  // was typed, so this browser's copy is done with (the server already dropped its own).
  function settleSubmitted() {
    const key = session && session.getItem(SUBMITTED);
    if (!key) return;
    session.removeItem(SUBMITTED);
    const refused = document.querySelector(
      ".desk-form .errorlist, .desk-form [aria-invalid='true'], .desk-form__errors, [data-conflict-yours]");
    if (!refused && local) local.removeItem(PREFIX + key);
  }

  settleSubmitted();
  document.querySelectorAll("form[data-autosave]").forEach(setup);
})();
