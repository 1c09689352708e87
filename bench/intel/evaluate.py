"""Evaluate liveline.intel against the gold set: P/R/F1 per task and language, speed and memory.

    .venv/bin/python bench/intel/evaluate.py [--split dev|test|all] [--write]
    .venv/bin/python bench/intel/evaluate.py --gold bench/intel/probes --split probe [-v]

Probe sets (bench/intel/probes/) are short texts written to try one kind of construction, in the gold
format with `"split": "probe"` and `"tasks"`: the tasks a row is annotated for (quotes, entities, dates,
figures); the other tasks are not scored on that row.

Matching rules (docs/annotation-guide.md):
- quotes: a predicted quote matches a gold quote when it covers at least 30 % of the gold span
  (reported again at 80 %); each prediction matches at most one gold quote, best coverage first.
- speakers, on quotes matched at 30 %: accuracy = same speaker (names compared without case,
  accents or punctuation; both null counts as right); precision = right / quotes given a speaker.
- entities: per post, the set of (canonical, type); micro P/R/F1.
- dates: a gold date is found when a predicted date overlaps its text; accuracy = found with the
  same resolved value / gold dates; precision = right / predicted dates.
- figures: per post, (value, bound, category) pairs; micro P/R/F1; place and date accuracy on matches.
- duplicates: each gold pair's label (duplicate, update, different) against `classify`; P/R per label.
Timing: each post's `extract` on one core (the process is pinned to CPU 0), after a warm-up; p95.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent.parent))

from liveline import intel  # noqa: E402
from liveline.intel.text import key  # noqa: E402

GOLD = ROOT / "gold"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


TASKS = ("quotes", "entities", "dates", "figures")


def load(split: str, blogs: list[str] | None = None, gold: Path = GOLD) -> tuple[list[dict], list[dict]]:
    """The gold posts and pairs of `split`, only those of `blogs` when given (pairs have no blog)."""
    posts, pairs = [], []
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if split != "all" and row["split"] != split:
                continue
            if blogs and row.get("blog") not in blogs:
                continue
            (pairs if "label" in row else posts).append(row)
    return posts, pairs


def known_names() -> list[intel.KnownName]:
    path = GOLD / "newsroom.json"
    if not path.exists():
        return []
    return [intel.KnownName(**row) for row in json.loads(path.read_text())]


def span(text: str, part: str) -> tuple[int, int] | None:
    i = text.find(part)
    return (i, i + len(part)) if i >= 0 else None


def ordered_spans(text: str, parts: list[str]) -> list[tuple[int, int] | None]:
    """Where each of `parts`, given in text order, is: the first whole-word occurrence after the previous
    part ("demain" is not the end of an earlier "lendemain"; a second "samedi" is not the first one). A
    part found nowhere after the previous one is looked for from the start."""
    out: list[tuple[int, int] | None] = []
    start = 0
    for part in parts:
        found = None
        for origin in (start, 0):
            for m in re.finditer(re.escape(part), text[origin:]):
                i = origin + m.start()
                if not (i and text[i - 1].isalnum() and part[:1].isalnum()) and \
                        not (i + len(part) < len(text) and text[i + len(part)].isalnum() and part[-1:].isalnum()):
                    found = (i, i + len(part))
                    break
            if found:
                break
        found = found or span(text, part)
        out.append(found)
        if found:
            start = found[1]
    return out


def best_match(gold: tuple[int, int], found: list[tuple[int, int] | None], used: set[int]) -> tuple[int | None, float]:
    """The found span not yet `used` that covers the largest share of the gold span, and that share
    (the quote matching rule: the caller compares it with 0.3 or 0.8)."""
    best, best_cov = None, 0.0
    for i, ps in enumerate(found):
        if i in used or ps is None:
            continue
        cov = max(0, min(gold[1], ps[1]) - max(gold[0], ps[0])) / (gold[1] - gold[0])
        if cov > best_cov:
            best, best_cov = i, cov
    return best, best_cov


def matched_quotes(text: str, gold_quotes: list[dict], found: list[tuple[int, int] | None],
                   threshold: float = 0.3) -> list[tuple[dict, int | None]]:
    """Each gold quote, in order, with the index of the found span it matches (covering at least `threshold` of
    it, each found span matching one gold quote at most), or None."""
    used: set[int] = set()
    pairs: list[tuple[dict, int | None]] = []
    for g in gold_quotes:
        best, coverage = best_match(span(text, g["text"]), found, used)
        if best is not None and coverage >= threshold:
            used.add(best)
            pairs.append((g, best))
        else:
            pairs.append((g, None))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def same_name(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return key(a["name"]) == key(b["name"])


class Scores:
    def __init__(self):
        self.c = defaultdict(int)
        self.errors: list[str] = []

    def quotes(self, post: dict, pred: list[dict]) -> None:
        text = post["text"]
        pspans = [(span(text, q["text"]), q) for q in pred]
        self.c["q_pred"] += len(pred)
        self.c["q_gold"] += len(post["quotes"])
        for threshold, name in ((0.3, "q30"), (0.8, "q80")):
            pairs = matched_quotes(text, post["quotes"], [ps for ps, _ in pspans], threshold)
            used = {best for _, best in pairs if best is not None}
            for g, best in pairs:
                if best is not None:
                    self.c[f"{name}_tp"] += 1
                    if name == "q30":
                        p = pspans[best][1]
                        self.c["spk_n"] += 1
                        ok = same_name(g["speaker"], p["speaker"])
                        self.c["spk_ok"] += ok
                        if p["speaker"] is not None:
                            self.c["spk_given"] += 1
                            self.c["spk_given_ok"] += ok
                        if g["kind"] == p["kind"]:
                            self.c["kind_ok"] += 1
                        if ok and g["speaker"] and g["speaker"].get("role"):
                            self.c["role_n"] += 1
                            pr = (p["speaker"] or {}).get("role") or ""
                            self.c["role_ok"] += bool(pr) and (key(pr) in key(g["speaker"]["role"])
                                                               or key(g["speaker"]["role"]) in key(pr))
                        if not ok:
                            self.errors.append(f"{post['id']} speaker {g['speaker']} != {p['speaker']}: "
                                               f"{g['text'][:50]}")
                elif name == "q30":
                    self.errors.append(f"{post['id']} missed quote: {g['text'][:60]}")
            if name == "q30":
                for i, (_, p) in enumerate(pspans):
                    if i not in used:
                        self.errors.append(f"{post['id']} extra quote: {p['text'][:60]}")

    def entities(self, post: dict, pred: list[dict]) -> None:
        gold = {(key(e["canonical"]), e["type"]) for e in post["entities"]}
        got = {(key(e["canonical"]), e["type"]) for e in pred}
        self.c["e_tp"] += len(gold & got)
        self.c["e_pred"] += len(got)
        self.c["e_gold"] += len(gold)
        for g in sorted(gold - got):
            self.errors.append(f"{post['id']} missed entity {g}")
        for g in sorted(got - gold):
            self.errors.append(f"{post['id']} extra entity {g}")

    def dates(self, post: dict, pred: list[dict]) -> None:
        text = post["text"]
        self.c["d_gold"] += len(post["dates"])
        self.c["d_pred"] += len(pred)
        gold_spans = ordered_spans(text, [g["text"] for g in post["dates"]])
        pred_spans = ordered_spans(text, [p["text"] for p in pred])
        for g, gs in zip(post["dates"], gold_spans, strict=True):
            hit = None
            for p, ps in zip(pred, pred_spans, strict=True):
                if ps and min(gs[1], ps[1]) > max(gs[0], ps[0]):
                    hit = p
                    break
            if hit and hit["date"] == g["date"]:
                self.c["d_ok"] += 1
            else:
                self.errors.append(f"{post['id']} date {g['text']!r} {g['date']} got {hit and hit['date']}")
        for p, ps in zip(pred, pred_spans, strict=True):
            if ps and not any(min(gs[1], ps[1]) > max(gs[0], ps[0]) for gs in gold_spans):
                self.errors.append(f"{post['id']} extra date {p['text']!r}")

    def figures(self, post: dict, pred: list[dict]) -> None:
        gold = [(f["value"], f["bound"], f["category"], f) for f in post["figures"]]
        got = [(f["value"], f["bound"], f["category"], f) for f in pred]
        self.c["f_gold"] += len(gold)
        self.c["f_pred"] += len(got)
        used = set()
        for g in gold:
            for i, p in enumerate(got):
                if i not in used and p[:3] == g[:3]:
                    used.add(i)
                    self.c["f_tp"] += 1
                    self.c["f_place_ok"] += p[3]["place"] == g[3]["place"]
                    self.c["f_date_ok"] += p[3]["date"] == g[3]["date"]
                    break
            else:
                self.errors.append(f"{post['id']} missed figure {g[:3]} {g[3]['text']!r}")
        for i, p in enumerate(got):
            if i not in used:
                self.errors.append(f"{post['id']} extra figure {p[:3]} {p[3]['text']!r}")

    def summary(self) -> dict:
        c = self.c
        return {
            "posts": c["posts"],
            "quotes_30": prf(c["q30_tp"], c["q_pred"], c["q_gold"]),
            "quotes_80": prf(c["q80_tp"], c["q_pred"], c["q_gold"]),
            "quote_kind_accuracy": round(c["kind_ok"] / c["spk_n"], 3) if c["spk_n"] else None,
            "speaker_accuracy": round(c["spk_ok"] / c["spk_n"], 3) if c["spk_n"] else None,
            "speaker_precision": round(c["spk_given_ok"] / c["spk_given"], 3) if c["spk_given"] else None,
            "speaker_given": c["spk_given"],
            "role_accuracy": round(c["role_ok"] / c["role_n"], 3) if c["role_n"] else None,
            "entities": prf(c["e_tp"], c["e_pred"], c["e_gold"]),
            "dates_accuracy": round(c["d_ok"] / c["d_gold"], 3) if c["d_gold"] else None,
            "dates_precision": round(c["d_ok"] / c["d_pred"], 3) if c["d_pred"] else None,
            "dates_gold": c["d_gold"],
            "figures": prf(c["f_tp"], c["f_pred"], c["f_gold"]),
            "figure_place_accuracy": round(c["f_place_ok"] / c["f_tp"], 3) if c["f_tp"] else None,
            "figure_date_accuracy": round(c["f_date_ok"] / c["f_tp"], 3) if c["f_tp"] else None,
        }


def run(split: str, verbose: bool, blogs: list[str] | None = None, gold: Path = GOLD, as_worker: bool = False) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    posts, pairs = load(split, blogs, gold)
    if blogs and not posts:
        raise SystemExit(f"no {split} post in blog(s) {', '.join(blogs)}")
    known = known_names()
    before = rss_mb()
    models = {}
    for lang in ("fr", "en"):
        t = time.perf_counter()
        models[lang] = {**intel.status(lang), "load_seconds": round(time.perf_counter() - t, 2)}
    after_models = rss_mb()
    blogs: dict[str, list[dict]] = defaultdict(list)
    for post in posts:
        blogs[post["blog"]].append(post)
    scores = {"fr": Scores(), "en": Scores()}
    times: list[float] = []
    # Warm-up: the first call of a pipeline allocates its buffers.
    for lang in ("fr", "en"):
        intel.extract("Warm-up.", lang=lang, published=datetime(2025, 1, 1, 12), timezone="UTC")
    for _blog, rows in sorted(blogs.items()):
        rows.sort(key=lambda r: r["published"])
        context = intel.BlogContext(known=known)
        stored: list[dict] = []
        handoffs: list[dict | None] = []
        earlier: list[tuple[str, datetime]] = []
        for post in rows:
            published = datetime.fromisoformat(post["published"])
            if as_worker:
                # What `liveline worker` gives a post: a context rebuilt from the earlier posts' stored results
                # and text, not the one a reader of the whole blog in order carried along.
                context = intel.rebuilt_context(stored, earlier, lang=post["lang"], timezone=post["timezone"],
                                                known=known, handoffs=handoffs)
            t = time.perf_counter()
            out = intel.extract(post["text"], lang=post["lang"], published=published, timezone=post["timezone"],
                                context=context)
            times.append(time.perf_counter() - t)
            stored.append(out)
            handoffs.append(context.handoff.as_json() if context.handoff else None)
            earlier.append((post["text"], published))
            s = scores[post["lang"]]
            s.c["posts"] += 1
            for task in post.get("tasks", TASKS):
                getattr(s, task)(post, out[task])
    pair_scores = {}
    for lang in ("fr", "en"):
        rows = [p for p in pairs if p["lang"] == lang]
        conf = defaultdict(int)
        for p in rows:
            got = intel.classify(p["draft"], p["earlier"])
            conf[(p["label"], got)] += 1
        per = {}
        for label in ("duplicate", "update", "different"):
            tp = conf[(label, label)]
            n_pred = sum(v for (g, p), v in conf.items() if p == label)
            n_gold = sum(v for (g, p), v in conf.items() if g == label)
            per[label] = prf(tp, n_pred, n_gold)
        pair_scores[lang] = {"pairs": len(rows), **per}
    times_ms = sorted(t * 1000 for t in times)
    p95 = times_ms[int(0.95 * (len(times_ms) - 1))] if times_ms else None
    result = {
        "date": date.today().isoformat(),
        "split": split,
        "context": "rebuilt for each post, as the worker does" if as_worker else "carried from post to post",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, one core used",
        "models": models,
        "model_memory_mb": round(after_models - before, 1),
        "extract_ms": {"p50": round(statistics.median(times_ms), 1) if times_ms else None,
                       "p95": round(p95, 1) if p95 is not None else None, "posts": len(times_ms)},
        "fr": {**scores["fr"].summary(), "duplicates": pair_scores["fr"]},
        "en": {**scores["en"].summary(), "duplicates": pair_scores["en"]},
    }
    if verbose:
        for lang in ("fr", "en"):
            for line in scores[lang].errors:
                print("  ", line)
    return result


def table(r: dict) -> str:
    rows = [
        ("quote F1 (≥30 %)", lambda s: s["quotes_30"]["f1"], "≥ 0.88"),
        ("quote P / R (≥30 %)", lambda s: f"{s['quotes_30']['p']} / {s['quotes_30']['r']}", ""),
        ("quote F1 (≥80 %)", lambda s: s["quotes_80"]["f1"], ""),
        ("quote kind accuracy", lambda s: s["quote_kind_accuracy"], ""),
        ("speaker accuracy", lambda s: s["speaker_accuracy"], "≥ 0.92"),
        ("speaker precision", lambda s: f"{s['speaker_precision']} ({s['speaker_given']} given)", "≥ 0.95"),
        ("role accuracy", lambda s: s["role_accuracy"], ""),
        ("entity F1", lambda s: s["entities"]["f1"], "≥ 0.88"),
        ("entity P / R", lambda s: f"{s['entities']['p']} / {s['entities']['r']}", ""),
        ("dates resolved", lambda s: f"{s['dates_accuracy']} ({s['dates_gold']})", "≥ 0.95"),
        ("dates precision", lambda s: s["dates_precision"], ""),
        ("figure F1", lambda s: s["figures"]["f1"], "≥ 0.88"),
        ("figure P / R", lambda s: f"{s['figures']['p']} / {s['figures']['r']}", ""),
        ("figure place / date acc.", lambda s: f"{s['figure_place_accuracy']} / {s['figure_date_accuracy']}", ""),
        ("duplicate P / R", lambda s: f"{s['duplicates']['duplicate']['p']} / {s['duplicates']['duplicate']['r']}",
         "≥ 0.95 / 0.85"),
        ("update P / R", lambda s: f"{s['duplicates']['update']['p']} / {s['duplicates']['update']['r']}", ""),
    ]
    out = [f"split `{r['split']}`: {r['fr']['posts']} French posts, {r['en']['posts']} English posts, "
           f"{r['fr']['duplicates']['pairs'] + r['en']['duplicates']['pairs']} pairs", "",
           "| | French | English | target |", "|---|---|---|---|"]
    for name, get, target in rows:
        out.append(f"| {name} | {get(r['fr'])} | {get(r['en'])} | {target} |")
    out.append(f"| extract p50 / p95 (ms, one core) | {r['extract_ms']['p50']} / {r['extract_ms']['p95']} | | ≤ 150 |")
    out.append(f"| model memory (MB, both pipelines) | {r['model_memory_mb']} | | |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "probe", "all"], default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD, help="directory of annotated .jsonl files")
    parser.add_argument("--write", action="store_true", help="save bench/intel/results/<date>-<split>.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--blog", action="append", metavar="NAME",
                        help="only this blog of the split (repeatable), e.g. to measure a new blog before tuning")
    parser.add_argument("--as-worker", action="store_true",
                        help="rebuild each post's context from the earlier posts' results and text, as the worker does")
    args = parser.parse_args()
    if args.blog and args.write:
        parser.error("--write records whole splits only")
    if args.write and args.gold.resolve() != GOLD:
        parser.error("--write records the gold set only")
    if args.write and args.as_worker:
        parser.error("--write records the carried-context run only")
    result = run(args.split, args.verbose, args.blog, args.gold.resolve(), args.as_worker)
    print(table(result))
    if args.write:
        # Several evaluations a day: the file names the minute (UTC) it was written.
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M")
        out = ROOT / "results" / f"{stamp}-{args.split}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        print(f"written {out.relative_to(ROOT.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
