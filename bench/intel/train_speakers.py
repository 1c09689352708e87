"""Train the learned speaker fallback (liveline/intel/attribution.py) on the dev split, and judge it by
leave-one-blog-out (LOBO) on dev.

    .venv/bin/python bench/intel/train_speakers.py            # train on every dev blog, write the weights
    .venv/bin/python bench/intel/train_speakers.py --lobo     # ... and first print the LOBO table

The engine runs over each dev blog in order (as evaluate.py does), with a recorder in place of the
fallback: every quote it finds gives the rules' speaker and its candidates with their features. A
quote matched to a gold quote (≥ 30 % of the gold span, as evaluate.py matches) labels its candidates:
the one whose name is the gold speaker's is right, the others wrong. The model is a logistic
regression over candidates (L2, Newton's method: no randomness, the same weights on every run).

LOBO: for each dev blog, a model trained on the other dev blogs scores it. Three ways are compared
per language: (a) the model alone, (b) the rules alone, (c) the rules first and the model only where
no rule read a speaker (what the extractor does). The threshold under which the model abstains is
chosen inside each fold, by an inner LOBO over the training blogs (the lowest probability from which
on the model's own speakers keep a precision ≥ 0.95), so the held-out blog never chooses its own
threshold. The shipped threshold is chosen the same way over all dev blogs. Only `"split": "dev"`
rows are read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent.parent))

from liveline import intel  # noqa: E402
from liveline.intel import attribution  # noqa: E402
from liveline.intel.text import key  # noqa: E402

GOLD = ROOT / "gold"
OUT = ROOT.parent.parent / "liveline" / "intel" / "speaker_model.json"
L2 = 1.0
MIN_COUNT = 3
TARGET_PRECISION = 0.95
GRID = [round(0.30 + 0.01 * i, 2) for i in range(70)]  # 0.30 .. 0.99


def dev_posts() -> dict[str, list[dict]]:
    """The dev split's posts by blog, in publication order (never a row of another split)."""
    blogs: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(GOLD.glob("*.jsonl")):
        if path.name == "pairs.jsonl":
            continue
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("split") != "dev" or "label" in row:
                continue
            blogs[row["blog"]].append(row)
    for rows in blogs.values():
        rows.sort(key=lambda r: r["published"])
    return dict(sorted(blogs.items()))


def known_names() -> list[intel.KnownName]:
    path = GOLD / "newsroom.json"
    return [intel.KnownName(**row) for row in json.loads(path.read_text())] if path.exists() else []


def collect(blogs: dict[str, list[dict]]) -> list[dict]:
    """One record per engine quote matched to a gold quote: blog, lang, gold and rule speaker keys and
    the candidates (name key, features)."""
    records: list[dict] = []
    seen: list[tuple[object, list]] = []
    attribution.recorder = lambda q, cands: seen.append((q, cands))
    try:
        known = known_names()
        for blog, rows in blogs.items():
            context = intel.BlogContext(known=known)
            for post in rows:
                seen.clear()
                intel.extract(post["text"], lang=post["lang"], published=datetime.fromisoformat(post["published"]),
                              timezone=post["timezone"], context=context)
                records += _match(blog, post, list(seen))
    finally:
        attribution.recorder = None
    return records


def _match(blog: str, post: dict, found: list[tuple[object, list]]) -> list[dict]:
    text, used, out = post["text"], set(), []
    for g in post["quotes"]:
        gs = text.find(g["text"])
        ge = gs + len(g["text"])
        best, best_cov = None, 0.0
        for i, (q, _) in enumerate(found):
            if i in used:
                continue
            cov = max(0, min(ge, q.end) - max(gs, q.start)) / max(1, ge - gs)
            if cov > best_cov:
                best, best_cov = i, cov
        if best is None or best_cov < 0.3:
            continue
        used.add(best)
        q, cands = found[best]
        # A quote the rules left without a speaker is what the fallback will see: its features get the
        # "gap&" copy (attribution.gap_features).
        gap = q.speaker is None and q.open
        mark = attribution.gap_features if gap else dict
        out.append({"blog": blog, "lang": post["lang"], "id": post["id"], "gap": gap,
                    "gold": key(g["speaker"]["name"]) if g["speaker"] else None,
                    "rule": key(q.speaker.name) if q.speaker else None,
                    "cands": [(key(c.name), c.name, mark(c.features)) for c in cands]})
    return out


# --- the model ------------------------------------------------------------------------------------

def vocabulary(records: list[dict]) -> list[str]:
    """The features seen on at least MIN_COUNT candidates (rarer ones only add noise and time)."""
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        for _, _, f in r["cands"]:
            for k in f:
                counts[k] += 1
    return sorted(k for k, n in counts.items() if n >= MIN_COUNT)


def matrix(records: list[dict], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {k: i for i, k in enumerate(vocab)}
    rows = [(c, r["gold"]) for r in records for c in r["cands"]]
    x = np.zeros((len(rows), len(vocab)))
    y = np.zeros(len(rows))
    for n, ((k, _, f), gold) in enumerate(rows):
        for name, v in f.items():
            if name in index:
                x[n, index[name]] = v
        y[n] = 1.0 if gold is not None and k == gold else 0.0
    return x, y


def fit(records: list[dict]) -> tuple[list[str], np.ndarray, float]:
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias)."""
    vocab = vocabulary(records)
    x, y = matrix(records, vocab)
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (p - y) + penalty * w
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return vocab, w[:-1], float(w[-1])


def best_candidates(records: list[dict], vocab: list[str], w: np.ndarray, b: float) -> list[tuple[float, str | None]]:
    """(probability, name key) of each record's best candidate; (-1, None) for a quote without candidates."""
    x, _ = matrix(records, vocab)
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
    out, n = [], 0
    for r in records:
        k = len(r["cands"])
        if k == 0:
            out.append((-1.0, None))
            continue
        i = int(np.argmax(p[n:n + k]))  # the first of equal scores: candidates come in a fixed order
        out.append((float(p[n + i]), r["cands"][i][0]))
        n += k
    return out


# --- evaluation ---------------------------------------------------------------------------------

def scores(records: list[dict], preds: list[str | None]) -> dict:
    n = len(records)
    ok = sum(p == r["gold"] for r, p in zip(records, preds, strict=True))
    given = [(r, p) for r, p in zip(records, preds, strict=True) if p is not None]
    right = sum(p == r["gold"] for r, p in given)
    return {"n": n, "accuracy": round(ok / n, 3) if n else None, "given": len(given),
            "precision": round(right / len(given), 3) if given else None, "right": right}


def folds(records: list[dict], blogs: list[str], per_lang: bool):
    """Each blog with quotes: (blog, indexes of its records, the records to train on without it, of its
    language only with `per_lang`)."""
    for blog in blogs:
        held = [i for i, r in enumerate(records) if r["blog"] == blog]
        if not held:
            continue
        lang = records[held[0]]["lang"]
        yield blog, held, [r for r in records if r["blog"] != blog and (not per_lang or r["lang"] == lang)]


def oof(records: list[dict], blogs: list[str], per_lang: bool) -> list[tuple[float, str | None]]:
    """Out-of-fold (probability, name) of each record: each blog scored by a model trained without it."""
    out: list[tuple[float, str | None] | None] = [None] * len(records)
    for _, held, train in folds(records, blogs, per_lang):
        for i, scored in zip(held, best_candidates([records[i] for i in held], *fit(train)), strict=True):
            out[i] = scored
    return out  # type: ignore[return-value]


def choose_threshold(records: list[dict], scored: list[tuple[float, str | None]]) -> float:
    """The lowest probability at which the model's speakers (on every quote, out of fold) keep a precision
    ≥ TARGET_PRECISION, at that threshold and every higher one; 1.0 (never) when none does. Every quote,
    not only those the rules leave open: those are too few in dev to choose a threshold from."""
    rows = list(zip(records, scored, strict=True))
    for t in GRID:
        if all(_precision(rows, u) >= TARGET_PRECISION for u in GRID if u >= t):
            return t
    return 1.0


def _precision(rows, t: float) -> float:
    given = [(r, name) for r, (p, name) in rows if p >= t]
    return sum(name == r["gold"] for r, name in given) / len(given) if given else 1.0


def lobo(records: list[dict], per_lang: bool) -> dict:
    blogs = sorted({r["blog"] for r in records})
    scored = oof(records, blogs, per_lang)
    model_alone, fallback, thresholds = [None] * len(records), [None] * len(records), {}
    for blog, held, inner in folds(records, blogs, per_lang):
        # The threshold from an inner LOBO over the other blogs only.
        inner_blogs = sorted({r["blog"] for r in inner})
        t = choose_threshold(inner, oof(inner, inner_blogs, per_lang))
        thresholds[blog] = t
        for i in held:
            p, name = scored[i]
            model_alone[i] = name if p >= t else None
            fallback[i] = name if records[i]["gap"] and p >= t else records[i]["rule"]
    table = {}
    for lang in ("fr", "en"):
        idx = [i for i, r in enumerate(records) if r["lang"] == lang]
        sub = [records[i] for i in idx]
        gaps = [i for i in idx if records[i]["gap"]]
        table[lang] = {
            "model": scores(sub, [model_alone[i] for i in idx]),
            "rules": scores(sub, [records[i]["rule"] for i in idx]),
            "rules+fallback": scores(sub, [fallback[i] for i in idx]),
            "fallback_only": scores([records[i] for i in gaps], [fallback[i] for i in gaps]),
            "gaps_with_gold_speaker": sum(records[i]["gold"] is not None for i in gaps),
            "reachable": sum(records[i]["gold"] is not None and any(k == records[i]["gold"]
                                                                     for k, _, _ in records[i]["cands"]) for i in gaps),
            "model_at_0.5": scores(sub, [scored[i][1] if scored[i][0] >= 0.5 else None for i in idx]),
        }
    return {"per_lang": per_lang, "thresholds": thresholds, "table": table, "oof": scored}


def print_table(result: dict) -> None:
    print(f"\nLOBO on dev, {'one model per language' if result['per_lang'] else 'one model for both languages'}")
    print("| | French | English |\n|---|---|---|")
    for row in ("model", "model_at_0.5", "rules", "rules+fallback", "fallback_only"):
        cells = []
        for lang in ("fr", "en"):
            s = result["table"][lang][row]
            cells.append(f"{s['accuracy']} / {s['precision']} ({s['right']} of {s['given']} given, n={s['n']})")
        print(f"| {row} | {' | '.join(cells)} |")
    for lang in ("fr", "en"):
        t = result["table"][lang]
        print(f"{lang}: no rule read a speaker for {t['fallback_only']['n']} matched quotes, "
              f"{t['gaps_with_gold_speaker']} of them have a gold speaker, {t['reachable']} among the candidates")
    ts = sorted(set(result["thresholds"].values()))
    print(f"thresholds chosen in the folds: {ts}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lobo", action="store_true", help="print the leave-one-blog-out table first")
    parser.add_argument("--per-lang", action="store_true", help="one model per language instead of one for both")
    parser.add_argument("--no-write", action="store_true", help="do not write the weights")
    parser.add_argument("--json", metavar="FILE", help="save the LOBO table as JSON")
    args = parser.parse_args()
    if args.per_lang and not args.no_write:
        parser.error("the shipped model is one model for both languages: add --no-write to --per-lang")
    blogs = dev_posts()
    records = collect(blogs)
    print(f"{len(records)} matched quotes in {len(blogs)} dev blogs, "
          f"{sum(len(r['cands']) for r in records)} candidates")
    if args.lobo:
        result = lobo(records, args.per_lang)
        print_table(result)
        if args.json:
            Path(args.json).write_text(json.dumps({k: v for k, v in result.items() if k != "oof"}, indent=2) + "\n")
    if args.no_write:
        return 0
    names = sorted({r["blog"] for r in records})
    vocab, w, b = fit(records)
    threshold = choose_threshold(records, oof(records, names, False))
    data = {
        "about": "Speaker fallback of liveline/intel/attribution.py: logistic weights over candidate features, "
                 "trained by bench/intel/train_speakers.py on the dev split; a quote no rule read a speaker for "
                 "gets the best candidate when its probability reaches the threshold.",
        "trained_on": {"blogs": len(names), "quotes": len(records),
                       "candidates": sum(len(r["cands"]) for r in records)},
        "threshold": {"fr": threshold, "en": threshold},
        "bias": round(b, 6),
        "weights": {k: round(float(v), 6) for k, v in zip(vocab, w, strict=True) if abs(v) >= 1e-6},
    }
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"written {OUT.relative_to(ROOT.parent.parent)} (threshold {threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
