// The desk timeline follows the blog's event stream (Liveline.openStream, shared with the reader
// page): a colleague's new post, edit, deletion or pin shows up without a reload. For each post
// event the desk item is fetched from the server, so its buttons (edit, pin, key event,
// delete...) are the ones this journalist may use, with fresh versions and CSRF tokens.
(function () {
  "use strict";
  const root = document.querySelector("[data-desk-live]");
  if (!root || !window.Liveline || !window.Liveline.openStream) return;
  const POST_EVENTS = new Set(["post.published", "post.updated", "post.deleted", "post.pinned", "post.unpinned",
    "post.enriched"]);
  let queue = Promise.resolve();

  function list(section) {
    return root.querySelector(`[data-desk-section="${section}"]`);
  }

  function publishedAt(li) {
    const article = li.querySelector("article[data-published]");
    return article ? Date.parse(article.dataset.published) || 0 : 0;
  }

  function place(ul, li, section) {
    const empty = ul.querySelector(".desk-items__empty");
    if (empty) empty.remove();
    if (section === "published") {
      // Newest first, as on the page: before the first item published earlier.
      const when = publishedAt(li);
      const after = Array.from(ul.children).find((other) => publishedAt(other) < when);
      ul.insertBefore(li, after || null);
    } else {
      ul.insertBefore(li, ul.firstElementChild);
    }
  }

  async function refresh(postId) {
    const url = root.dataset.itemUrl.replace("/0/", `/${postId}/`);
    const response = await window.fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"});
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok || type.indexOf("application/json") === -1) return;
    const answer = await response.json();
    const current = root.querySelector(`[data-desk-post="${postId}"]`);
    const target = answer.section ? list(answer.section) : null;
    if (!target) {
      if (current) current.remove();
      return;
    }
    const holder = document.createElement("ul");
    holder.innerHTML = answer.html;  // server-rendered; the post's content went through the sanitizer
    const fresh = holder.firstElementChild;
    if (!fresh) return;
    fresh.classList.add("desk-item--fresh");
    // Keep a headline being typed in the item's key-event box, if any.
    const typing = current && current.contains(document.activeElement) ? document.activeElement : null;
    if (typing) return;  // never pull a form from under the journalist's fingers; the next event brings it
    if (current && current.parentNode === target) {
      target.replaceChild(fresh, current);
    } else {
      if (current) current.remove();
      place(target, fresh, answer.section);
    }
  }

  function onEvent(event) {
    if (!POST_EVENTS.has(event.type) || !event.post_id) return;
    queue = queue.then(() => refresh(event.post_id)).catch(() => {});
  }

  window.Liveline.openStream({
    eventsUrl: root.dataset.eventsUrl,
    updatesUrl: root.dataset.updatesUrl,
    lastEventId: root.dataset.lastEventId,
    onEvent: onEvent,
    onMode: (mode) => { root.dataset.mode = mode; },
  });
})();
