"""Train the learned speaker fallback (liveline/intel/attribution.py) on the dev split, and judge it by
leave-one-blog-out (LOBO) on dev.

    .venv/bin/python bench/intel/train_speakers.py            # train on every dev blog, write the weights
    .venv/bin/python bench/intel/train_speakers.py --lobo     # ... and first print the LOBO table

The engine runs over each dev blog in order (as evaluate.py does), with a recorder in place of the
fallback: every quote it finds gives the rules' speaker and its candidates with their features. A
quote matched to a gold quote (≥ 30 % of the gold span, as evaluate.py matches) labels its candidates:
the one whose name is the gold speaker's is right, the others wrong. The model is a logistic
regression over candidates (L2, Newton's method: no randomness, the same weights on every run).

LOBO: for each dev blog, a model trained on the other dev blogs scores it. Compared per language: (a)
the model alone, (b) the rules alone, (c) the rules and the model only where no rule read a speaker,
(d) the rules with the veto only, (e) fill and veto (what the extractor does), and two variants not
shipped, (f) a vetoed speaker replaced by the model's and (g) a rule's "nobody" filled too. The fill
threshold (the lowest probability from which on the model's own speakers keep a precision ≥ 0.95) and
the veto threshold (the most net gain, a right speaker +1 and a wrong one -1) are chosen inside each
fold from out-of-fold probabilities of the other blogs only (an inner LOBO; `--fast`: the outer one's),
so the held-out blog never chooses its own thresholds. The shipped ones are chosen the same way over
all dev blogs. Only `"split": "dev"` rows are read, and the probe files `--with` names.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent.parent))

# The gold set's loader and the quote matching rule are evaluate.py's (this script's own folder).
from evaluate import known_names, load, matched_quotes  # noqa: E402

from liveline import intel  # noqa: E402
from liveline.intel import attribution  # noqa: E402
from liveline.intel.text import key  # noqa: E402

OUT = ROOT.parent.parent / "liveline" / "intel" / "speaker_model.json"
L2 = 1.0
MIN_COUNT = 3
TARGET_PRECISION = 0.95
GRID = [round(0.30 + 0.01 * i, 2) for i in range(70)]  # 0.30 .. 0.99
VETO_GRID = [round(0.05 * i, 2) for i in range(1, 20)]  # 0.05 .. 0.95


def dev_posts(extra: list[Path] = ()) -> dict[str, list[dict]]:
    """The dev split's posts by blog, in publication order (never a row of another split), and the rows of
    the `extra` probe files annotated for quotes (`--with`)."""
    blogs: dict[str, list[dict]] = defaultdict(list)
    for row in load("dev")[0]:
        blogs[row["blog"]].append(row)
    for path in extra:
        for line in path.read_text().splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row["split"] == "probe" and "quotes" in row.get("tasks", ["quotes"]):
                blogs[row["blog"]].append(row)
    for rows in blogs.values():
        rows.sort(key=lambda r: r["published"])
    return dict(sorted(blogs.items()))


def collect(blogs: dict[str, list[dict]], arbiter: bool = False) -> list[dict]:
    """One record per engine quote matched to a gold quote: blog, lang, gold and rule speaker keys and
    the candidates (name key, features). Without `arbiter`, the features of the rules' decision are left
    out (and the model only fills open quotes, as shipped)."""
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
                records += _match(blog, post, list(seen), arbiter)
    finally:
        attribution.recorder = None
    return records


def _match(blog: str, post: dict, found: list[tuple[object, list]], arbiter: bool) -> list[dict]:
    out = []
    spans = [(q.start, q.end) for q, _ in found]
    for g, best in matched_quotes(post["text"], post["quotes"], spans):
        if best is None:
            continue
        q, cands = found[best]
        if not arbiter:
            cands = _without_rules(cands)
        # A quote the rules left without a speaker is what the fallback will see: its features get the
        # "gap&" copy (attribution.gap_features).
        gap = q.speaker is None and q.open
        mark = attribution.gap_features if gap else dict
        out.append({"blog": blog, "lang": post["lang"], "id": post["id"], "gap": gap, "kind": q.rule or "none",
                    "gold": key(g["speaker"]["name"]) if g["speaker"] else None,
                    "rule": key(q.speaker.name) if q.speaker else None,
                    # The candidate the rule named (attribution.py marks it), which the model may veto.
                    "pick": next((i for i, c in enumerate(cands) if "rule_pick" in c.features), None),
                    "cands": [(key(c.name), c.name, mark(c.features)) for c in cands]})
    return out


BLOG_MARKS = ("ctx_speaker", "prev_post_person", "ctx_entity_rank_le0", "ctx_entity_rank_le2",
              "ctx_entity_rank_le5", "ctx_entity_rank_gt5", "unseen_name_in_subject")


def _without_rules(cands: list) -> list:
    """The candidates and features of the fallback alone: without the rules' features, and without a
    candidate that is one only because the rule named it (named nowhere in the post nor in the blog)."""
    return [attribution.Candidate(c.name, c.type, {k: v for k, v in c.features.items() if "rule" not in k})
            for c in cands if not ("rule_pick" in c.features and "not_in_post" in c.features
                                   and not any(x in c.features for x in BLOG_MARKS))]


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


def fit(records: list[dict], init: dict[str, float] | None = None) -> tuple[list[str], np.ndarray, float]:
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias). `init`
    (feature -> weight, "" for the bias) only starts Newton nearer the optimum: the inner folds start from
    the outer fold's weights, which saves time and leaves the optimum (a convex problem) the same."""
    vocab = vocabulary(records)
    x, y = matrix(records, vocab)
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.array([*(init.get(k, 0.0) for k in vocab), init.get("", 0.0)]) if init else np.zeros(x1.shape[1])
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


def as_init(vocab: list[str], w: np.ndarray, b: float) -> dict[str, float]:
    return {**dict(zip(vocab, (float(v) for v in w), strict=True)), "": b}


def probabilities(records: list[dict], vocab: list[str], w: np.ndarray, b: float) -> list[np.ndarray]:
    """The probability of each candidate of each record."""
    x, _ = matrix(records, vocab)
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
    out, n = [], 0
    for r in records:
        out.append(p[n:n + len(r["cands"])])
        n += len(r["cands"])
    return out


def best(r: dict, p: np.ndarray) -> tuple[float, str | None]:
    """(probability, name key) of the record's best candidate; (-1, None) for a quote without candidates."""
    if not len(p):
        return -1.0, None
    i = int(np.argmax(p))  # the first of equal scores: candidates come in a fixed order
    return float(p[i]), r["cands"][i][0]


def fill_name(r: dict, p: np.ndarray, t: float) -> str | None:
    """What attribution.fill gives a quote no rule read: the best candidate at `t`, unless another name
    also reaches it."""
    score, name = best(r, p)
    if name is None or score < t or any(x >= t and r["cands"][i][0] != name for i, x in enumerate(p)):
        return None
    return name


def vetoed(r: dict, p: np.ndarray, t: float) -> bool:
    return r["rule"] is not None and r["pick"] is not None and float(p[r["pick"]]) < t


def arbiter(r: dict, p: np.ndarray, t_fill: float, t_veto: float) -> str | None:
    """The extractor's decision (attribution.fill): the rule's speaker unless vetoed, the model's on an open
    quote, nobody where a rule read a subject and named nobody."""
    if r["rule"] is not None:
        return None if vetoed(r, p, t_veto) else r["rule"]
    return fill_name(r, p, t_fill) if r["gap"] else None


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


def oof(records: list[dict], blogs: list[str], per_lang: bool,
        init: dict[str, float] | None = None) -> list[np.ndarray]:
    """Out-of-fold candidate probabilities of each record: each blog scored by a model trained without it."""
    out: list[np.ndarray | None] = [None] * len(records)
    for _, held, train in folds(records, blogs, per_lang):
        for i, p in zip(held, probabilities([records[i] for i in held], *fit(train, init)), strict=True):
            out[i] = p
    return out  # type: ignore[return-value]


# Languages where the fallback names nobody whatever dev says: on never-read French its speakers were right about
# one time in two (HISTORY.md, seventeenth round), so a retraining keeps French at 1.0 (never).
NEVER_FILL = frozenset({"fr"})


def choose_threshold(records: list[dict], probs: list[np.ndarray]) -> float:
    """The lowest probability at which the model's speakers (on every quote, out of fold) keep a precision
    ≥ TARGET_PRECISION, at that threshold and every higher one; 1.0 (never) when none does. Every quote,
    not only those the rules leave open: those are too few in dev to choose a threshold from."""
    rows = [(r, best(r, p)) for r, p in zip(records, probs, strict=True)]
    for t in GRID:
        if all(_precision(rows, u) >= TARGET_PRECISION for u in GRID if u >= t):
            return t
    return 1.0


def _precision(rows, t: float) -> float:
    given = [(r, name) for r, (p, name) in rows if p >= t]
    return sum(name == r["gold"] for r, name in given) / len(given) if given else 1.0


def choose_veto(records: list[dict], probs: list[np.ndarray]) -> float:
    """The veto threshold with the most net gain out of fold, counting a right speaker +1, no speaker 0 and
    a wrong one -1 (a wrong speaker is worse than none): each wrong speaker vetoed gains 1, each right one
    loses 1. Ties go to the lower threshold (fewer vetoes); 0.0 (never) when no threshold gains. (For a
    calibrated model this is 0.5: keeping a speaker of probability p is worth p - (1 - p).)"""
    best_t, best_gain = 0.0, 0
    for t in VETO_GRID:
        gain = sum((1 if r["rule"] != r["gold"] else -1) for r, p in zip(records, probs, strict=True)
                   if vetoed(r, p, t))
        if gain > best_gain:
            best_t, best_gain = t, gain
    return best_t


def lobo(records: list[dict], per_lang: bool, nested: bool = True) -> dict:
    blogs = sorted({r["blog"] for r in records})
    init = as_init(*fit(records))
    probs = oof(records, blogs, per_lang, init)
    rows = {k: [None] * len(records) for k in ("model", "rules", "fallback", "veto_only", "arbiter", "switch",
                                               "fill_nobody", "veto_0.5")}
    thresholds = {}
    for blog, held, inner in folds(records, blogs, per_lang):
        # The thresholds from the other blogs only: an inner LOBO over them (nested), or (fast) their
        # out-of-fold probabilities from the outer LOBO, whose models saw this blog.
        if nested:
            inner_probs = oof(inner, sorted({r["blog"] for r in inner}), per_lang, init)
        else:
            inner_probs = [probs[i] for i, r in enumerate(records) if r["blog"] != blog
                           and (not per_lang or r["lang"] == records[held[0]]["lang"])]
        t, v = choose_threshold(inner, inner_probs), choose_veto(inner, inner_probs)
        thresholds[blog] = (t, v)
        for i in held:
            r, p = records[i], probs[i]
            score, name = best(r, p)
            rows["model"][i] = name if score >= t else None
            rows["rules"][i] = r["rule"]
            rows["fallback"][i] = arbiter(r, p, t, 0.0)
            rows["veto_only"][i] = None if vetoed(r, p, v) else r["rule"]
            rows["arbiter"][i] = arbiter(r, p, t, v)
            rows["veto_0.5"][i] = arbiter(r, p, t, 0.5)
            # Variants measured, not shipped: a vetoed speaker replaced by the model's own; a rule's
            # "nobody" filled like an open quote.
            other = fill_name(r, p, t)
            rows["switch"][i] = other if vetoed(r, p, v) and other != r["rule"] else rows["arbiter"][i]
            rows["fill_nobody"][i] = fill_name(r, p, t) if r["rule"] is None and not r["gap"] else rows["arbiter"][i]
    table = {}
    for lang in ("fr", "en"):
        idx = [i for i, r in enumerate(records) if r["lang"] == lang]
        sub = [records[i] for i in idx]
        gaps = [i for i in idx if records[i]["gap"]]
        table[lang] = {name: scores(sub, [preds[i] for i in idx]) for name, preds in rows.items()}
        table[lang]["fallback_only"] = scores([records[i] for i in gaps], [rows["arbiter"][i] for i in gaps])
        table[lang]["vetoes"] = {
            "wrong": sum(rows["arbiter"][i] is None and records[i]["rule"] not in (None, records[i]["gold"])
                         for i in idx),
            "right": sum(rows["arbiter"][i] is None and records[i]["rule"] is not None
                         and records[i]["rule"] == records[i]["gold"] for i in idx)}
        table[lang]["gaps_with_gold_speaker"] = sum(records[i]["gold"] is not None for i in gaps)
        table[lang]["model_at_0.5"] = scores(sub, [best(records[i], probs[i])[1] if best(records[i], probs[i])[0] >= 0.5
                                                   else None for i in idx])
    return {"per_lang": per_lang, "nested": nested, "thresholds": thresholds, "table": table, "oof": probs}


ROWS = {"model": "(a) the model alone", "model_at_0.5": "... at probability 0.5", "rules": "(b) the rules alone",
        "fallback": "(c) rules, the model on open quotes (no veto)", "veto_only": "(d) rules with the veto only",
        "arbiter": "(e) rules, fill and veto (shipped)", "veto_0.5": "... with the veto at 0.5",
        "switch": "(f) as (e), a vetoed speaker replaced by the model's",
        "fill_nobody": "(g) as (e), a rule's nobody filled too",
        "fallback_only": "the open quotes, (e)"}


def print_table(result: dict) -> None:
    print(f"\nLOBO on dev, {'one model per language' if result['per_lang'] else 'one model for both languages'}, "
          f"{'nested' if result['nested'] else 'single-level'} thresholds")
    print("| | French | English |\n|---|---|---|")
    for row, label in ROWS.items():
        cells = []
        for lang in ("fr", "en"):
            s = result["table"][lang][row]
            cells.append(f"{s['accuracy']} / {s['precision']} ({s['right']} of {s['given']} given, n={s['n']})")
        print(f"| {label} | {' | '.join(cells)} |")
    for lang in ("fr", "en"):
        t = result["table"][lang]
        print(f"{lang}: {t['fallback_only']['n']} open quotes ({t['gaps_with_gold_speaker']} with a gold speaker); "
              f"vetoes in (e): {t['vetoes']['wrong']} wrong speakers, {t['vetoes']['right']} right ones")
    ts = sorted(set(result["thresholds"].values()))
    print(f"(fill, veto) thresholds chosen in the folds: {ts}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lobo", action="store_true", help="print the leave-one-blog-out table first")
    parser.add_argument("--fast", action="store_true",
                        help="with --lobo: thresholds from the outer out-of-fold probabilities, not an inner LOBO")
    parser.add_argument("--per-lang", action="store_true", help="one model per language instead of one for both")
    parser.add_argument("--no-write", action="store_true", help="do not write the weights")
    parser.add_argument("--json", metavar="FILE", help="save the LOBO table as JSON")
    parser.add_argument("--records", metavar="FILE", help="save the matched quotes and their candidates (pickle)")
    parser.add_argument("--with", dest="extra", metavar="FILE", type=Path, action="append", default=[],
                        help="a probe set (bench/intel/probes/*.jsonl) to train on too; repeatable")
    parser.add_argument("--arbiter", action="store_true",
                        help="the rules' decisions as features, and a veto (measured, not shipped: see README)")
    args = parser.parse_args()
    if args.per_lang and not args.no_write:
        parser.error("the shipped model is one model for both languages: add --no-write to --per-lang")
    blogs = dev_posts(args.extra)
    records = collect(blogs, args.arbiter)
    print(f"{len(records)} matched quotes in {len(blogs)} blogs, "
          f"{sum(len(r['cands']) for r in records)} candidates")
    if args.records:
        Path(args.records).write_bytes(pickle.dumps(records))
    if args.lobo:
        result = lobo(records, args.per_lang, nested=not args.fast)
        print_table(result)
        if args.json:
            Path(args.json).write_text(json.dumps({k: v for k, v in result.items() if k != "oof"}, indent=2) + "\n")
    if args.no_write:
        return 0
    names = sorted({r["blog"] for r in records})
    vocab, w, b = fit(records)
    probs = oof(records, names, False, as_init(vocab, w, b))
    threshold = choose_threshold(records, probs)
    veto = choose_veto(records, probs) if args.arbiter else 0.0
    data = {
        "about": "Speaker model of liveline/intel/attribution.py: logistic weights over candidate features, "
                 "trained by bench/intel/train_speakers.py on the dev split; a quote no rule read a speaker for "
                 "gets the best candidate when its probability reaches `threshold`; a rule's speaker whose "
                 "probability is under `veto` is dropped (0: never; only a model trained with --arbiter has "
                 "the rules' decisions among its features); the French threshold is 1.0, never (NEVER_FILL in "
                 "train_speakers.py; docs/intelligence.md).",
        "trained_on": {"blogs": len(names), "quotes": len(records),
                       "candidates": sum(len(r["cands"]) for r in records)},
        "threshold": {lang: 1.0 if lang in NEVER_FILL else threshold for lang in ("fr", "en")},
        "veto": {"fr": veto, "en": veto},
        "bias": round(b, 6),
        "weights": {k: round(float(v), 6) for k, v in zip(vocab, w, strict=True) if abs(v) >= 1e-6},
    }
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"written {OUT.relative_to(ROOT.parent.parent)} (threshold {threshold}, veto {veto})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
