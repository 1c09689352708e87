/*
 * The reader page's live behaviour, on top of a page that works without it.
 *
 * The server renders every post with reader/_post.html, and live events carry that same
 * fragment: this script only decides where a fragment goes and keeps the reader's place.
 * On a post's own page (no [data-live]) it only refreshes relative times and loads embeds.
 * The Content-Security-Policy forbids inline scripts and styles: strings come from the
 * #liveline-strings JSON island, everything else from data-* attributes.
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-live]");
  const lang = (root && root.dataset.lang) || document.documentElement.lang || "en";
  const strings = readStrings();
  const plural = new Intl.PluralRules(lang);
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  function readStrings() {
    const island = document.getElementById("liveline-strings");
    try {
      return island ? JSON.parse(island.textContent) : {};
    } catch (error) {
      return {};
    }
  }

  // Python's "%(n)d" placeholders, and ["one", "other"] pairs picked with the page's plural rules.
  function say(key, n) {
    let text = strings[key];
    if (Array.isArray(text)) text = text[plural.select(n) === "one" ? 0 : 1];
    return typeof text === "string" ? text.replace("%(n)d", String(n)) : "";
  }

  // --- relative times ------------------------------------------------------------------------

  // The same steps as the server's `ago` filter, so the first refresh never rewords a label.
  function agoLabel(date, now) {
    const seconds = Math.floor((now - date) / 1000);
    const minutes = Math.floor(seconds / 60);
    const hours = Math.floor(minutes / 60);
    const days = Math.floor(hours / 24);
    if (!strings.just_now) {
      // Without the server's words (a page that has no island), the browser's own.
      const format = new Intl.RelativeTimeFormat(lang, {numeric: "auto", style: "short"});
      if (seconds < 60) return format.format(0, "second");
      if (minutes < 60) return format.format(-minutes, "minute");
      if (hours < 24) return format.format(-hours, "hour");
      return format.format(-days, "day");
    }
    if (seconds < 60) return strings.just_now;
    if (minutes < 60) return say("min_ago", minutes);
    if (hours < 24) return say("h_ago", hours);
    return say("days_ago", days);
  }

  function refreshTimes(scope) {
    const now = Date.now();
    (scope || document).querySelectorAll("[data-ago]").forEach((label) => {
      const date = Date.parse(label.dataset.ago);
      if (!Number.isNaN(date)) {
        const text = agoLabel(date, now);
        if (label.textContent !== text) label.textContent = text;
      }
    });
  }

  // --- click-to-load embeds ------------------------------------------------------------------

  function loadEmbed(button) {
    const figure = button.closest("[data-embed-src]");
    const placeholder = button.closest(".embed__placeholder");
    if (!figure || !placeholder) return;
    const frame = document.createElement("iframe");
    frame.src = figure.dataset.embedSrc;
    const title = figure.querySelector(".embed__title") || figure.querySelector(".embed__source");
    frame.title = title ? title.textContent.trim() : button.textContent.trim();
    frame.allow = "encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.className = "embed__frame";
    const box = document.createElement("div");
    box.className = "embed__player";
    box.appendChild(frame);
    // The "view on" link stays: some readers prefer the platform itself.
    const link = placeholder.querySelector(".embed__link");
    placeholder.replaceWith(box);
    if (link) box.after(link);
    figure.classList.add("embed--loaded");
    frame.focus();
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-embed-load]");
    if (button) loadEmbed(button);
  });

  refreshTimes();
  window.setInterval(refreshTimes, 60000);
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) refreshTimes();
  });

  if (!root) return;

  // --- the live page -------------------------------------------------------------------------

  const timeline = root.querySelector("[data-timeline]");
  const pinnedSlot = root.querySelector("[data-pinned]");
  const keyNav = root.querySelector("[data-key-events]");
  const keyList = keyNav && keyNav.querySelector("ol");
  const newBar = root.querySelector("[data-new-bar]");
  const newButton = newBar && newBar.querySelector("button");
  const pauseButton = root.querySelector("[data-pause]");
  const stateLabel = root.querySelector("[data-state]");
  const announcer = root.querySelector("[data-announcer]");
  const firstPage = root.dataset.firstPage === "true";
  const livePath = window.location.pathname;

  const waiting = new Map();  // post id -> payload: new posts held behind the "new posts" bar
  let paused = false;
  let held = [];  // events received while paused, applied in order on resume

  // A permalink to a post this page does not show: open the page that starts at that post.
  function goToPost(id, replace) {
    const target = document.getElementById("post-" + id);
    if (target) {
      target.setAttribute("tabindex", "-1");
      target.scrollIntoView({behavior: reducedMotion.matches ? "auto" : "smooth", block: "start"});
      target.focus({preventScroll: true});
      return true;
    }
    const params = new URLSearchParams(window.location.search);
    if (params.get("at") === String(id)) return false;  // that page lacks it too: the post is gone
    const url = livePath + "?at=" + id + "#post-" + id;
    // On arrival, replace: "back" must not return to a page that sends the reader on again.
    if (replace) window.location.replace(url);
    else window.location.assign(url);
    return false;
  }

  function postIdFromHash() {
    const match = /^#post-(\d+)$/.exec(window.location.hash);
    return match ? match[1] : null;
  }

  const hashed = postIdFromHash();
  if (hashed && !document.getElementById("post-" + hashed)) goToPost(hashed, true);
  window.addEventListener("hashchange", () => {
    const id = postIdFromHash();
    if (id && !document.getElementById("post-" + id)) goToPost(id);
  });

  if (keyNav) {
    keyNav.addEventListener("click", (event) => {
      const link = event.target.closest("[data-jump]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const id = link.dataset.jump;
      if (document.getElementById("post-" + id)) {
        event.preventDefault();
        window.history.pushState(null, "", "#post-" + id);
        goToPost(id);
      }
      // Otherwise the link itself (?at=<id>#post-<id>) opens the page that holds the post.
    });
  }

  // --- DOM helpers ---------------------------------------------------------------------------

  function fragment(html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  // The pinned slot shows a copy of the post: without the id (the timeline keeps #post-<id>).
  function pinnedCopy(html) {
    const article = fragment(html);
    if (!article) return null;
    const id = article.id;
    article.removeAttribute("id");
    const time = article.querySelector("#" + id + "-time");
    if (time) time.id = id + "-time-pinned";
    article.setAttribute("aria-labelledby", id + "-time-pinned");
    return article;
  }

  function postsOnPage() {
    return Array.from(timeline.querySelectorAll(":scope > article[data-post-id]"));
  }

  function timelinePost(id) {
    return timeline.querySelector(':scope > article[data-post-id="' + id + '"]');
  }

  function isAtTop() {
    return timeline.getBoundingClientRect().top >= 0;
  }

  // Keep what the reader is looking at where it is while something above it changes: the
  // browser's own scroll anchoring is switched off (html.live-js in reader.css) so that it and
  // this code never both correct the same change.
  function keepPlace(change, leaving) {
    const candidates = [pinnedSlot, keyNav, ...postsOnPage()];
    const anchor = window.scrollY > 0 && candidates.find((element) => {
      if (!element || element === leaving || element.hidden) return false;
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.bottom > 0;
    });
    const before = anchor ? anchor.getBoundingClientRect().top : 0;
    change();
    if (anchor && anchor.isConnected) {
      const shift = anchor.getBoundingClientRect().top - before;
      if (shift) window.scrollBy(0, shift);
    }
  }

  let pendingAnnouncement = null;
  let arrived = 0;  // posts inserted since the last announcement
  // `words` is a function, read when the announcement is made: a burst of posts becomes one
  // announcement with the final count instead of one per post.
  function announce(words) {
    if (!announcer) return;
    // Cleared first so that the same words twice in a row are read twice.
    announcer.textContent = "";
    window.clearTimeout(pendingAnnouncement);
    pendingAnnouncement = window.setTimeout(() => {
      announcer.textContent = words();
      arrived = 0;
    }, 750);
  }

  function published(article) {
    return Date.parse(article.dataset.published) || 0;
  }

  // Newest first; ties by id, like the server's ORDER BY published_at DESC, id DESC.
  function isNewer(a, b) {
    const ta = published(a);
    const tb = published(b);
    return ta !== tb ? ta > tb : Number(a.dataset.postId) > Number(b.dataset.postId);
  }

  function markNew(article) {
    if (reducedMotion.matches) return;
    article.classList.add("post--arrived");
    article.addEventListener("animationend", () => article.classList.remove("post--arrived"), {once: true});
  }

  // --- key events ----------------------------------------------------------------------------

  function syncKeyEvent(payload, article) {
    if (!keyList) return;
    const id = String(payload.post_id);
    const existing = keyList.querySelector('li[data-key-event="' + id + '"]');
    if (payload.key_event === null || payload.key_event === undefined) {
      if (existing) keepPlace(() => existing.remove());
    } else {
      const item = existing || buildKeyEvent(id, payload, article);
      item.querySelector("a").textContent = payload.key_event;
      if (!existing) {
        const when = Date.parse(payload.published_at) || 0;
        const later = Array.from(keyList.children).find((li) => {
          const time = li.querySelector("time");
          return time && (Date.parse(time.getAttribute("datetime")) || 0) < when;
        });
        keepPlace(() => keyList.insertBefore(item, later || null));
      }
    }
    keyNav.hidden = keyList.children.length === 0;
  }

  function buildKeyEvent(id, payload, article) {
    const item = document.createElement("li");
    item.dataset.keyEvent = id;
    const time = document.createElement("time");
    time.setAttribute("datetime", payload.published_at || "");
    // The post's own clock text is already in the blog's time zone.
    const shown = article && article.querySelector(".post__time time");
    time.textContent = shown ? shown.textContent : "";
    const link = document.createElement("a");
    link.href = "?at=" + id + "#post-" + id;
    link.dataset.jump = id;
    item.append(time, " ", link);
    return item;
  }

  function removeKeyEvent(id) {
    const item = keyList && keyList.querySelector('li[data-key-event="' + id + '"]');
    if (item) {
      keepPlace(() => item.remove());
      keyNav.hidden = keyList.children.length === 0;
    }
  }

  // --- the pinned summary --------------------------------------------------------------------

  function pinnedId() {
    const article = pinnedSlot && pinnedSlot.querySelector("article[data-post-id]");
    return article ? article.dataset.postId : null;
  }

  function showPinned(payload) {
    if (!pinnedSlot) return;
    const copy = pinnedCopy(payload.html);
    if (!copy) return;
    keepPlace(() => {
      pinnedSlot.replaceChildren(copy);
      pinnedSlot.hidden = false;
    });
    refreshTimes(pinnedSlot);
  }

  function clearPinned(id) {
    if (pinnedSlot && pinnedId() === String(id)) {
      keepPlace(() => {
        pinnedSlot.replaceChildren();
        pinnedSlot.hidden = true;
      });
    }
    // The timeline copy loses its "Summary" badge now rather than at its next edit.
    const article = timelinePost(id);
    if (article) {
      article.classList.remove("post--pinned");
      const badge = article.querySelector(".post__badge--pinned");
      if (badge) keepPlace(() => badge.remove());
    }
  }

  // --- posts ---------------------------------------------------------------------------------

  // Carry a player the reader started across an edit that kept the same embed.
  function keepPlayer(old, replacement) {
    const player = old.querySelector(".embed__player");
    const oldFigure = old.querySelector("[data-embed-src]");
    const newFigure = replacement.querySelector("[data-embed-src]");
    if (!player || !oldFigure || !newFigure || oldFigure.dataset.embedSrc !== newFigure.dataset.embedSrc) return;
    const placeholder = newFigure.querySelector(".embed__placeholder");
    if (placeholder) {
      const link = placeholder.querySelector(".embed__link");
      placeholder.replaceWith(player);
      if (link) player.after(link);
      newFigure.classList.add("embed--loaded");
    }
  }

  function replacePost(old, payload) {
    if (Number(old.dataset.version) >= Number(payload.version)) return old;
    const replacement = fragment(payload.html);
    if (!replacement) return old;
    keepPlayer(old, replacement);
    keepPlace(() => old.replaceWith(replacement));
    refreshTimes(replacement);
    return replacement;
  }

  // Where a post belongs in this page: null when it is newer than every post here (a new post),
  // false when it belongs on an older page that is not loaded.
  function slotFor(article) {
    const posts = postsOnPage();
    if (posts.length === 0 || isNewer(article, posts[0])) return null;
    const next = posts.find((other) => isNewer(article, other));
    if (next) return next;
    return root.querySelector("[data-older]") ? false : "end";
  }

  function insertAtTop(articles) {
    const empty = timeline.querySelector("[data-empty]");
    const atTop = isAtTop();
    const place = () => {
      if (empty) empty.remove();
      articles.slice().sort((a, b) => (isNewer(a, b) ? 1 : -1)).forEach((article) => {
        timeline.prepend(article);
        refreshTimes(article);
        markNew(article);
      });
    };
    // At the top the reader sees them arrive; further down nothing under their eyes moves.
    if (atTop) place();
    else keepPlace(place);
  }

  function updateNewBar() {
    if (!newBar || !newButton) return;
    newButton.textContent = say("new_posts", waiting.size);
    newBar.hidden = waiting.size === 0;
  }

  function flushWaiting() {
    if (waiting.size === 0) return;
    const articles = [];
    waiting.forEach((payload) => {
      const article = fragment(payload.html);
      if (article && !timelinePost(payload.post_id)) articles.push(article);
    });
    waiting.clear();
    updateNewBar();
    insertAtTop(articles);
    return articles;
  }

  function onPublished(payload) {
    const existing = timelinePost(payload.post_id);
    let article = existing ? replacePost(existing, payload) : null;
    if (!existing) {
      const candidate = fragment(payload.html);
      if (!candidate) return;
      const slot = slotFor(candidate);
      if (slot === null) {
        if (firstPage && isAtTop() && waiting.size === 0) {
          insertAtTop([candidate]);
          arrived += 1;
          announce(() => say("new_posts", arrived));
        } else {
          // Scrolled down, or an older page: a bar offers the new posts instead of a jump.
          waiting.set(String(payload.post_id), payload);
          updateNewBar();
          announce(() => say("new_posts", waiting.size));
        }
      } else if (slot !== false) {
        // A restored post, or one published with an earlier time: it goes back in its place.
        keepPlace(() => (slot === "end" ? timeline.append(candidate) : timeline.insertBefore(candidate, slot)));
        refreshTimes(candidate);
      }
      article = candidate;
    }
    if (payload.pinned) showPinned(payload);
    syncKeyEvent(payload, article);
  }

  function onUpdated(payload) {
    const key = String(payload.post_id);
    if (waiting.has(key)) waiting.set(key, payload);
    const existing = timelinePost(payload.post_id);
    const article = existing ? replacePost(existing, payload) : fragment(payload.html);
    if (pinnedId() === key) showPinned(payload);
    syncKeyEvent(payload, article);
  }

  // The facts found in a post (speakers, names) arrive after it, for the same version: the
  // fragment is swapped in place, and the key figures panel replaced with the server's.
  function onEnriched(payload) {
    const key = String(payload.post_id);
    if (waiting.has(key) && Number(waiting.get(key).version) <= Number(payload.version)) waiting.set(key, payload);
    const existing = timelinePost(payload.post_id);
    if (existing && Number(existing.dataset.version) <= Number(payload.version)) {
      const replacement = fragment(payload.html);
      if (replacement) {
        keepPlayer(existing, replacement);
        keepPlace(() => existing.replaceWith(replacement));
        refreshTimes(replacement);
      }
    }
    if (pinnedId() === key) showPinned(payload);
    const panel = root.querySelector("[data-key-figures]");
    const fresh = typeof payload.key_figures === "string" && payload.key_figures ? fragment(payload.key_figures) : null;
    if (panel && fresh) {
      // A reader reading the history keeps it open.
      const open = new Set(Array.from(panel.querySelectorAll("[data-series]"))
        .filter((item) => item.querySelector("details[open]")).map((item) => item.dataset.series));
      fresh.querySelectorAll("[data-series]").forEach((item) => {
        const details = item.querySelector("details");
        if (details && open.has(item.dataset.series)) details.open = true;
      });
      keepPlace(() => panel.replaceWith(fresh));
    }
  }

  function onDeleted(payload) {
    const key = String(payload.post_id);
    if (waiting.delete(key)) updateNewBar();
    const article = timelinePost(key);
    if (article) {
      if (article.contains(document.activeElement)) {
        // Focus must not fall back to the top of the document with the post.
        const next = article.nextElementSibling || article.previousElementSibling;
        if (next) {
          next.setAttribute("tabindex", "-1");
          next.focus({preventScroll: true});
        }
      }
      keepPlace(() => article.remove(), article);
    }
    clearPinned(key);
    removeKeyEvent(key);
  }

  function onBlogUpdated(payload) {
    const badge = root.querySelector("[data-badge]");
    const title = root.querySelector("[data-blog-title]");
    const standfirst = root.querySelector("[data-standfirst]");
    keepPlace(() => {
      if (badge) {
        const ended = payload.status === "ended";
        badge.hidden = payload.status === "draft";
        badge.classList.toggle("live__badge--ended", ended);
        badge.textContent = ended ? badge.dataset.labelEnded : badge.dataset.labelLive;
      }
      if (title && typeof payload.title === "string" && title.textContent !== payload.title) {
        const old = title.textContent;
        title.textContent = payload.title;
        if (document.title.includes(old)) document.title = document.title.replace(old, payload.title);
      }
      if (standfirst && typeof payload.description === "string") {
        standfirst.textContent = payload.description;
        standfirst.hidden = !payload.description;
      }
    });
  }

  function apply(event) {
    switch (event.type) {
      case "post.published": onPublished(event); break;
      case "post.updated": onUpdated(event); break;
      case "post.deleted": onDeleted(event); break;
      case "post.pinned": onUpdated(event); showPinned(event); break;
      case "post.unpinned": clearPinned(String(event.post_id)); break;
      case "post.enriched": onEnriched(event); break;
      case "blog.updated": onBlogUpdated(event); break;
      default: break;
    }
  }

  function onEvent(event) {
    if (event.type === "reset") {
      // The log behind this page was replaced (a restored database): only a reload is right.
      window.location.reload();
      return;
    }
    if (paused) {
      held.push(event);
      showPauseState();
      return;
    }
    apply(event);
  }

  // --- pause ---------------------------------------------------------------------------------

  function heldNewPosts() {
    const ids = new Set();
    held.forEach((event) => {
      if (event.type === "post.published" && !timelinePost(event.post_id)) ids.add(event.post_id);
      if (event.type === "post.deleted") ids.delete(event.post_id);
    });
    return ids.size;
  }

  function showPauseState() {
    if (!stateLabel) return;
    const count = heldNewPosts();
    const text = !paused ? "" : count ? say("paused_waiting", count) : say("paused");
    if (stateLabel.textContent !== text) stateLabel.textContent = text;
  }

  function setPaused(next) {
    paused = next;
    pauseButton.setAttribute("aria-pressed", String(paused));
    root.classList.toggle("live--paused", paused);
    if (!paused) {
      const queue = held;
      held = [];
      queue.forEach(apply);
    }
    showPauseState();
  }

  if (pauseButton) pauseButton.addEventListener("click", () => setPaused(!paused));

  // --- new posts bar -------------------------------------------------------------------------

  if (newButton) {
    newButton.addEventListener("click", () => {
      if (!firstPage) {
        window.location.assign(livePath);
        return;
      }
      const articles = flushWaiting() || [];
      const first = articles.length ? articles.reduce((a, b) => (isNewer(a, b) ? a : b)) : postsOnPage()[0];
      if (first) {
        first.setAttribute("tabindex", "-1");
        first.scrollIntoView({behavior: reducedMotion.matches ? "auto" : "smooth", block: "start"});
        first.focus({preventScroll: true});
      }
    });
  }

  // Back at the top, the waiting posts take their place as if they had just arrived.
  let scrollQueued = false;
  window.addEventListener("scroll", () => {
    if (scrollQueued || waiting.size === 0 || !firstPage) return;
    scrollQueued = true;
    window.requestAnimationFrame(() => {
      scrollQueued = false;
      if (isAtTop() && !paused) flushWaiting();
    });
  }, {passive: true});

  // --- older posts ---------------------------------------------------------------------------

  root.addEventListener("click", async (event) => {
    const link = event.target.closest("[data-older]");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    try {
      const response = await window.fetch(link.href, {headers: {Accept: "text/html"}});
      if (!response.ok) throw new Error("older posts answered " + response.status);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const older = page.querySelector("[data-timeline]");
      const added = [];
      if (older) {
        older.querySelectorAll(":scope > article[data-post-id]").forEach((article) => {
          if (!timelinePost(article.dataset.postId)) {
            const mine = document.importNode(article, true);
            timeline.append(mine);
            added.push(mine);
          }
        });
      }
      added.forEach((article) => refreshTimes(article));
      const next = page.querySelector("[data-older]");
      if (next) {
        link.href = next.getAttribute("href");
        link.removeAttribute("aria-busy");
      } else {
        link.closest(".live__older").remove();
      }
      if (added.length) {
        // Keyboard and screen reader users continue from the first post they asked for.
        added[0].setAttribute("tabindex", "-1");
        added[0].focus({preventScroll: true});
      }
    } catch (error) {
      link.removeAttribute("aria-busy");
      announce(() => say("older_failed"));
    }
  });

  // --- start ---------------------------------------------------------------------------------

  document.documentElement.classList.add("live-js");
  const controls = root.querySelector("[data-controls]");
  if (controls && window.Liveline && window.Liveline.openStream) {
    controls.hidden = false;
    window.Liveline.openStream({
      eventsUrl: root.dataset.eventsUrl,
      updatesUrl: root.dataset.updatesUrl,
      lastEventId: root.dataset.lastEventId,
      onEvent,
      onMode(mode) { root.dataset.mode = mode; },
    });
  }
})();
