"""The Markdown summary of one results file (bench/results/<date>.json -> <date>.md).

`python bench/report.py bench/results/X.json` prints it again.
"""

from __future__ import annotations

import json
import sys


def _ratio(a, b) -> str:
    if a is None or b in (None, 0):
        return "–"
    r = a / b
    return f"{r:.2g}" if abs(r) < 0.1 else f"{r:.2f}"


def _get(d, *path):
    for key in path:
        if d is None:
            return None
        d = d[key] if isinstance(key, int) and isinstance(d, list) and len(d) > key else (
            d.get(key) if isinstance(d, dict) else None)
    return d


def markdown(res: dict) -> str:
    m = res["machine"]
    engines = res["engines"]
    names = list(engines)
    nchan = "nchan" if "nchan" in engines else None
    lines = [
        f"# Benchmark {res['started']}" + (" (quick)" if res.get("quick") else ""),
        "",
        f"- command: `{res['command']}`" + (f" — {res['label']}" if res.get("label") else ""),
        f"- machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GiB, kernel {m['kernel']}, "
        f"open files {m['nofile']}, load average at start {' '.join(m['loadavg_at_start'])}, "
        f"at end {' '.join(res.get('loadavg_at_end', []))}",
        f"- server pinned to core {res['server_core']}, load generator and wrk to core {res['client_core']}; "
        f"database {res['db']}",
    ]
    for name in names:
        e = engines[name]
        if e.get("versions"):
            lines.append(f"- {name}: " + ", ".join(f"{k} {v}" for k, v in e["versions"].items()))
    payload = next((e.get("payload_bytes") for e in engines.values() if e.get("payload_bytes")), None)
    if payload:
        lines.append(f"- event data line: {payload} bytes")
    lines.append("")

    lines += ["## 1. Idle hold", "", "| engine | readers | connected | RSS MB | KB per reader | idle CPU % |",
              "|---|---|---|---|---|---|"]
    for name in names:
        for row in engines[name].get("idle", []):
            lines.append(f"| {name} | {row['readers']} | {row['connected']} | {row['rss_mb']} | "
                         f"{row['rss_per_reader_kb']} | {row['idle_cpu_percent']} |")
    lines.append("")

    lines += ["## 2. Live fan-out", "",
              "Latency in ms from the publish call returning (negative: the reader had the event before the "
              "publisher had its answer) and, in the last columns, from the publish call starting.", "",
              "| engine | readers | posts | p50 | p95 | p99 | max | lost | dup | reordered | p99 from start | "
              "max from start | p99 from start ÷ nchan |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in names:
        for row in engines[name].get("fanout", []):
            lat, st = row["latency_from_publish_return_ms"], row["latency_from_publish_start_ms"]
            # The reference is nchan at the same number of readers (nchan-2w for the two-process engine).
            refs = [e for e in ("nchan-2w", "nchan") if e in engines and (e == "nchan-2w") == name.endswith("-2p")]
            ref = next((r["latency_from_publish_start_ms"]["p99"] for e in refs
                        for r in engines[e].get("fanout", []) if r["readers"] == row["readers"]), None)
            lines.append(f"| {name} | {row['readers']} | {row['posts']} | {lat['p50']} | {lat['p95']} | "
                         f"{lat['p99']} | {lat['max']} | {row['lost']} | {row['dups']} | {row['reorders']} | "
                         f"{st['p99']} | {st['max']} | {_ratio(st['p99'], ref)} |")
    lines.append("")

    lines += ["## 3. Saturation (back-to-back posts)", "",
              "Server CPU per delivery includes the publish requests (Liveline: the JSON API, the database "
              "write, the rendering); the 'less publish' column takes off the CPU of the same number of "
              "publishes measured without readers. Several publishers post at once (see publishers in the "
              "JSON); with nchan they race, so its reordered count there is the publishers', not nchan's.", "",
              "| engine | readers | posts | deliveries/s | server CPU µs per delivery | ÷ nchan | less publish | "
              "÷ nchan | server CPU ms per publish (no readers) | server CPU % | client CPU s | lost | dup |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    ref = _get(engines.get(nchan), "saturation", "server_cpu_us_per_delivery") if nchan else None
    ref2 = _get(engines.get(nchan), "saturation", "server_cpu_us_per_delivery_less_publish") if nchan else None
    for name in names:
        s = engines[name].get("saturation")
        if s:
            less = s.get("server_cpu_us_per_delivery_less_publish")
            pub = engines[name].get("server_cpu_ms_per_publish_no_readers")
            lines.append(f"| {name} | {s['readers']} | {s['posts']} | {s['deliveries_per_s']} | "
                         f"{s['server_cpu_us_per_delivery']} | {_ratio(s['server_cpu_us_per_delivery'], ref)} | "
                         f"{less} | {_ratio(less, ref2)} | {pub} | "
                         f"{s['server_cpu_percent']} | {s['client_cpu_s']} | {s['lost']} | {s['dups']} |")
    lines.append("")

    lines += ["## 4. Reconnect storm (all readers drop, resume with Last-Event-ID)", "",
              "| engine | readers | all connected s | all caught up s | failed | lost | dup | reordered |",
              "|---|---|---|---|---|---|---|---|"]
    for name in names:
        s = engines[name].get("storm")
        if s:
            lines.append(f"| {name} | {s['readers']} | {s['seconds_until_all_connected']} | "
                         f"{s['seconds_until_all_caught_up']} | {s['failed_reconnects']} | {s['lost']} | {s['dups']} | "
                         f"{s['reorders']} |")
    lines.append("")

    lines += ["## 5. Page and polling throughput (wrk, 32 connections)", "",
              "| engine | what | requests/s | server CPU µs per request | ÷ nginx static |", "|---|---|---|---|---|"]
    ref_pages = {p["what"]: p["requests_per_s"] for p in (engines.get(nchan, {}).get("pages") or [])} if nchan else {}
    for name in names:
        for p in engines[name].get("pages") or []:
            lines.append(f"| {name} | {p['what']} | {p['requests_per_s']:.0f} | {p['server_cpu_us_per_request']} | "
                         f"{_ratio(p['requests_per_s'], ref_pages.get(p['what']))} |")
    lines.append("")

    lines += ["## 6. Publish latency under load (ms)", "", "| engine | readers | posts | p50 | p99 | max |",
              "|---|---|---|---|---|---|"]
    for name in names:
        s = engines[name].get("publish_under_load")
        if s:
            p = s["publish_ms"]
            lines.append(f"| {name} | {s['readers']} | {s['posts']} | {p['p50']} | {p['p99']} | {p['max']} |")
    lines.append("")

    for name in names:
        for key, title in (("saturation_profile", "saturation"), ("storm_profile", "reconnect storm"),
                           ("polling_profile", "polling JSON 200 under wrk")):
            prof = engines[name].get(key)
            if not prof or not prof.get("samples"):
                continue
            lines += [f"## Profile: {name}, {title} (py-spy, {prof['samples']} samples)", "",
                      "| own time % | function | | total time % | function |", "|---|---|---|---|---|"]
            for (f1, p1), (f2, p2) in zip(prof["own_percent"][:15], prof["total_percent"][:15], strict=False):
                lines.append(f"| {p1} | `{f1}` | | {p2} | `{f2}` |")
            lines.append("")
    lines += ["## Headline", "", HEADLINE_HEAD, headline(res), ""]
    lines += ["## CPU seconds of both sides", "",
              "The extraction worker Liveline's server starts (newsroom intelligence, lowest CPU priority, "
              "same core) is not in the server column: it has its own.", "",
              "| engine | server CPU s | extraction worker CPU s | load generator CPU s |", "|---|---|---|---|"]
    for name in names:
        e = engines[name]
        if "server_cpu_s_total" in e:
            lines.append(f"| {name} | {e['server_cpu_s_total']} | {e.get('extraction_worker_cpu_s_total', '–')} "
                         f"| {e.get('client_cpu_s_total')} |")
    lines.append("")
    return "\n".join(lines)


def headline(res: dict) -> str:
    """Rows for the table of past results in bench/README.md: one per engine, the largest sizes."""
    m = res["machine"]
    engines = res["engines"]
    ref = engines.get("nchan", {})
    when = res["started"][:16].replace("T", " ")
    label = res.get("label", "")
    mode = next((m for m in ("quick", "partial", "reduced") if m in label or (m == "quick" and res.get("quick"))),
                "full")
    load = m["loadavg_at_start"][0]
    rows = []
    for name, e in engines.items():
        if e.get("error"):
            rows.append(f"| {when} | {mode} | {load} | {name} | failed: {e['error'][:80]} | | | | | | |")
            continue
        idle = (e.get("idle") or [{}])[-1]
        fan = (e.get("fanout") or [{}])[-1]
        p99 = _get(fan, "latency_from_publish_start_ms", "p99")
        sat = e.get("saturation") or {}
        us = sat.get("server_cpu_us_per_delivery")
        storm = e.get("storm") or {}
        poll = next((p["requests_per_s"] for p in e.get("pages") or [] if p["what"] == "polling JSON 200"), None)
        poll_ref = next((p["requests_per_s"] for p in ref.get("pages") or [] if p["what"] == "polling JSON 200"), None)
        pub = _get(e.get("publish_under_load"), "publish_ms", "p99")
        lost = sum((x or {}).get("lost", 0) for x in [*(e.get("fanout") or []), sat, storm])
        us_ref = _get(ref, "saturation", "server_cpu_us_per_delivery")
        rows.append(
            f"| {when} | {mode} | {load} | {name} | "
            f"{idle.get('connected', '–')} × {idle.get('rss_per_reader_kb', '–')} KB | "
            f"{fan.get('readers', '–')}: {p99} | {'–' if us is None else f'{us} ({_ratio(us, us_ref)})'} | "
            f"{storm.get('seconds_until_all_caught_up', '–')} | "
            f"{'–' if poll is None else f'{round(poll)} ({_ratio(poll, poll_ref)})'} | "
            f"{pub if pub is not None else '–'} | "
            f"{lost} |")
    return "\n".join(rows)


HEADLINE_HEAD = (
    "| run (UTC) | mode | load at start | engine | idle readers × KB each | "
    "fan-out readers: p99 ms from publish start | µs CPU/delivery (÷ nchan) | storm: all back, s | "
    "polling 200 req/s (÷ nginx static) | publish p99 ms | lost |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


if __name__ == "__main__":
    with open(sys.argv[-1]) as f:
        data = json.load(f)
    print(headline(data) if "--headline" in sys.argv else markdown(data))
