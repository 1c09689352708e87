/*
 * Liveline's live channel, without any DOM work: the reader page and the desk both use it.
 *
 *   const stream = Liveline.openStream({eventsUrl, updatesUrl, lastEventId, onEvent, onMode});
 *
 * It opens the Server-Sent Events stream after `lastEventId` and, when EventSource is missing or
 * keeps failing, polls the JSON updates endpoint instead. Either way `onEvent` receives each event
 * object ({id, type, ...payload}) once, in id order; `reset` means "reload, the log changed".
 */
(function () {
  "use strict";

  const TYPES = ["post.published", "post.updated", "post.deleted", "post.pinned", "post.unpinned",
    "post.enriched", "blog.updated", "reset"];
  const STREAM_FAILURES = 3;      // errors in a row, without an event between them, before polling
  const STABLE_MS = 30000;        // a stream that lived this long and then dropped is not "failing"
  const POLL_MS = 5000;
  const POLL_HIDDEN_MS = 30000;   // background tabs poll less: the CDN and the battery both gain
  const POLL_MAX_MS = 60000;      // back-off ceiling after errors
  const STREAM_RETRY_MS = 120000; // while polling, try the stream again after this (then doubling)
  const STREAM_RETRY_MAX_MS = 900000;

  function withAfter(url, after) {
    const full = new URL(url, window.location.href);
    full.searchParams.set("after", String(after));
    return full.toString();
  }

  function openStream(options) {
    let lastId = Number(options.lastEventId) || 0;
    let source = null;
    let timer = null;
    let closed = false;
    let failures = 0;
    let openedAt = 0;
    let pollDelay = POLL_MS;
    let streamRetryDelay = STREAM_RETRY_MS;
    let streamRetryTimer = null;
    let polling = false;
    let mode = "";

    function setMode(next) {
      if (next !== mode) {
        mode = next;
        if (options.onMode) options.onMode(mode);
      }
    }

    // The single way in for events from either channel: ids only grow, so anything at or below
    // the last one seen was already handled (a replay after reconnecting, or a poll overlap).
    function deliver(event) {
      if (closed || !event || typeof event.type !== "string") return;
      if (event.type === "reset") {
        options.onEvent(event);
        return;
      }
      const id = Number(event.id);
      if (!(id > lastId)) return;
      lastId = id;
      options.onEvent(event);
    }

    function onStreamEvent(message) {
      failures = 0;
      let event;
      try {
        event = JSON.parse(message.data);
      } catch (error) {
        return;  // a frame we cannot read is skipped; the next one carries a later id anyway
      }
      deliver(event);
    }

    function startStream() {
      timer = null;
      // ?after= only matters for this first request; on its own reconnects the browser sends
      // Last-Event-ID, which the server prefers.
      source = new window.EventSource(withAfter(options.eventsUrl, lastId));
      TYPES.forEach((type) => source.addEventListener(type, onStreamEvent));
      source.onopen = () => {
        openedAt = Date.now();
        streamRetryDelay = STREAM_RETRY_MS;
        setMode("stream");
      };
      source.onerror = () => {
        if (openedAt && Date.now() - openedAt > STABLE_MS) failures = 0;
        openedAt = 0;
        failures += 1;
        if (failures >= STREAM_FAILURES) {
          stopStream();
          startPolling();
        } else if (source.readyState === window.EventSource.CLOSED) {
          // The browser gave up (an HTTP error, say): open a new stream from where we are.
          stopStream();
          timer = window.setTimeout(startStream, 1000 * failures);
        } else {
          setMode("reconnecting");
        }
      };
    }

    function stopStream() {
      if (source) {
        source.close();
        source = null;
      }
    }

    function schedulePoll(delay) {
      if (closed || !polling) return;  // a poll still in flight when the stream came back
      window.clearTimeout(timer);
      timer = window.setTimeout(poll, delay);
    }

    async function poll() {
      timer = null;
      let more = false;
      try {
        // no-cache: revalidate (a cheap 304) rather than let the browser's stale-while-revalidate
        // hand back the empty answer this same URL gave a moment ago.
        const response = await window.fetch(withAfter(options.updatesUrl, lastId),
          {headers: {Accept: "application/json"}, cache: "no-cache"});
        if (!response.ok) throw new Error("updates answered " + response.status);
        const body = await response.json();
        (body.events || []).forEach(deliver);
        more = Boolean(body.more);
        pollDelay = POLL_MS;
      } catch (error) {
        pollDelay = Math.min(pollDelay * 2, POLL_MAX_MS);
      }
      if (more) schedulePoll(0);
      else schedulePoll(document.hidden ? Math.max(pollDelay, POLL_HIDDEN_MS) : pollDelay);
    }

    function onVisibility() {
      // Back in the foreground: catch up now rather than at the end of a background delay.
      if (mode === "polling" && !document.hidden) schedulePoll(0);
    }

    function startPolling() {
      polling = true;
      setMode("polling");
      document.addEventListener("visibilitychange", onVisibility);
      schedulePoll(0);
      if (typeof window.EventSource === "function") {
        // A proxy that broke the stream may be gone (a train leaves the tunnel): try again
        // now and then, with jitter so that a whole audience does not come back at once.
        const wait = streamRetryDelay * (0.75 + Math.random() / 2);
        streamRetryDelay = Math.min(streamRetryDelay * 2, STREAM_RETRY_MAX_MS);
        streamRetryTimer = window.setTimeout(retryStream, wait);
      }
    }

    function retryStream() {
      streamRetryTimer = null;
      if (closed) return;
      polling = false;
      window.clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      failures = 0;
      startStream();
    }

    if (typeof window.EventSource === "function") startStream();
    else startPolling();

    return {
      get lastEventId() { return lastId; },
      get mode() { return mode; },
      close() {
        closed = true;
        window.clearTimeout(timer);
        window.clearTimeout(streamRetryTimer);
        stopStream();
        document.removeEventListener("visibilitychange", onVisibility);
      },
    };
  }

  window.Liveline = Object.assign(window.Liveline || {}, {openStream});
})();
