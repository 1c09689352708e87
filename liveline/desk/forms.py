"""Desk forms: a live blog, and one form per post kind sharing the publishing options.

Field names match the keys of the ValidationErrors raised by liveline.blogs.kinds and
liveline.blogs.domain, so an error from the domain lands next to the field it is about.
"""

from __future__ import annotations

import re
import zoneinfo
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from liveline.blogs import embeds
from liveline.blogs.models import LiveBlog, Post
from liveline.media import processing
from liveline.media.models import Image

TIMEZONES = sorted(zoneinfo.available_timezones())


def add_domain_errors(form: forms.Form, error: ValidationError, aliases: dict[str, str] | None = None) -> None:
    """Put a domain ValidationError next to the matching fields (the rest at the top of the form)."""
    aliases = aliases or {}
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for name, messages in error.message_dict.items():
        name = aliases.get(name, name)
        form.add_error(name if name in form.fields else None, messages)


# Desk URLs that a blog's slug would shadow (/desk/<slug>/).
RESERVED_SLUGS = {"new", "profile"}


def derive_slug(title: str) -> str:
    """A slug for the reader's URL from the title, unique among blogs ("-2", "-3"... if taken)."""
    base = re.sub(r"[-_]+", "-", slugify(title)).strip("-")[:70].rstrip("-") or "live"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or LiveBlog.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class BlogForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Standfirst"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences under the title: what readers will follow here."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    timezone = forms.ChoiceField(
        label=_("Time zone"), choices=[(tz, tz) for tz in TIMEZONES],
        help_text=_("Post times are shown to readers in this time zone."),
    )

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("initial", {"language": settings.LANGUAGE_CODE, "timezone": settings.TIME_ZONE})
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_title(self) -> str:
        title = self.cleaned_data["title"].strip()
        if not title:
            raise ValidationError(_("Give the live blog a title."))
        return title


# --- posts -----------------------------------------------------------------------------------

QUOTE_MARKS = "\"'«»“”„‘’‹› \u00a0\u202f"
LOCAL_INPUT = "%Y-%m-%dT%H:%M"


class PostForm(forms.Form):
    """The fields every post has; subclasses add the fields of their kind.

    Views validate and render it inside `timezone.override(blog's zone)`, so the time typed in
    `publish_at` is the blog's local time, as journalists think of it.
    """

    kind: str = ""
    label: Any = ""
    content_names: tuple[str, ...] = ()

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    key_event = forms.BooleanField(label=_("Key event"), required=False,
                                   help_text=_("Listed at the top of the page so readers can jump to it."))
    headline = forms.CharField(label=_("Key event headline"), max_length=200, required=False)
    pinned = forms.BooleanField(label=_("Pin as the summary"), required=False,
                                help_text=_("Shown above the timeline; replaces the post pinned now."))
    publish_at = forms.DateTimeField(
        # Browsers send seconds when the value has them (a time set by a script or a test).
        label=_("Publish at"), required=False, input_formats=[LOCAL_INPUT, LOCAL_INPUT + ":%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_INPUT),
        help_text=_("For “Schedule”: the time, in the blog's time zone."),
    )
    correction_note = forms.CharField(
        label=_("Public correction note"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Optional: shown under the post to say what was corrected."),
    )

    def __init__(self, *args: Any, can_publish: bool = True, post: Post | None = None, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.post = post
        if not can_publish:
            # Contributors write drafts; pinning and scheduling are an editor's call.
            del self.fields["pinned"], self.fields["publish_at"]
        if post is None:
            del self.fields["version"], self.fields["correction_note"]
        else:
            self.fields.pop("pinned", None)  # pinning an existing post is its own action on the timeline
            if not post.is_published:
                del self.fields["correction_note"]
            if post.status != Post.Status.SCHEDULED and "publish_at" in self.fields:
                del self.fields["publish_at"]
        for name in ("body", *self.content_names):
            if name in self.fields:
                self.fields[name].widget.attrs.setdefault("maxlength", 20_000 if name == "body" else 2000)

    @classmethod
    def initial_for(cls, post: Post) -> dict[str, Any]:
        initial = {name: post.data.get(name, "") for name in cls.content_names}
        initial.update(body=post.body, version=post.version, key_event=post.key_event, headline=post.headline,
                       publish_at=post.scheduled_for, correction_note=post.correction_note)
        return initial

    @property
    def content_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name in {"body", *self.content_names}]

    @property
    def option_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("key_event", "headline", "pinned", "publish_at", "correction_note")
                if name in self.fields]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("key_event") and not (cleaned.get("headline") or "").strip():
            self.add_error("headline", _("A key event needs a short headline."))
        return cleaned

    def check_schedule(self) -> bool:
        """For "Schedule": a time in the future is required. False (with the error added) otherwise."""
        when = self.cleaned_data.get("publish_at")
        if when is None:
            self.add_error("publish_at", _("Give the time the post should be published."))
        elif when <= timezone.now():
            self.add_error("publish_at", _("This time has passed: choose a later time, or publish now."))
        return not self.errors

    def content(self) -> tuple[str, str, dict[str, Any]]:
        """(kind, body, data) for the domain, from the cleaned fields."""
        data = {name: self.cleaned_data.get(name, "") for name in self.content_names}
        return self.kind, self.cleaned_data.get("body", ""), {k: v for k, v in data.items() if v}


def _url_field(label: Any, required: bool = True, **kwargs: Any) -> forms.CharField:
    # A CharField, not a URLField: liveline.blogs.kinds says what a usable address is, in one place.
    return forms.CharField(label=label, required=required, max_length=2000,
                           widget=forms.URLInput(attrs={"placeholder": "https://"}), **kwargs)


class TextForm(PostForm):
    kind, label = "text", _("Text")
    body = forms.CharField(
        label=_("Text"), widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown: **bold**, *italic*, [link](https://…), lists with “- ”, “### ” for a subheading."),
    )


class QuoteForm(PostForm):
    kind, label = "quote", _("Quote")
    content_names = ("speaker", "role", "source", "source_url")
    body = forms.CharField(label=_("Words quoted"), widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=_("Without quote marks: they are added in the blog's language."))
    speaker = forms.CharField(label=_("Speaker"), max_length=500)
    role = forms.CharField(label=_("Speaker's role"), max_length=500, required=False)
    source = forms.CharField(label=_("Source"), max_length=500, required=False,
                             help_text=_("Where it was said, e.g. a press conference or a broadcaster."))
    source_url = _url_field(_("Source address"), required=False)

    def clean_body(self) -> str:
        return self.cleaned_data["body"].strip(QUOTE_MARKS)


class LinkForm(PostForm):
    kind, label = "link", _("Read also")
    content_names = ("url", "title")
    url = _url_field(_("Address"))
    title = forms.CharField(label=_("Title"), max_length=500)
    # Not the reader's "Summary" (the pinned post): French says « Résumé » here, « L’essentiel » there.
    body = forms.CharField(label=pgettext_lazy("read-also link", "Summary"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))


class FactCheckForm(PostForm):
    kind, label = "fact-check", _("Fact-check")
    content_names = ("claim", "claimant", "verdict")
    claim = forms.CharField(label=_("Claim"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    claimant = forms.CharField(label=_("Who made it"), max_length=500, required=False)
    verdict = forms.ChoiceField(label=_("Verdict"), choices=[
        ("", _("Choose a verdict")), ("true", _("True")), ("misleading", _("Misleading")),
        ("false", _("False")), ("unproven", _("Unproven")),
    ])
    body = forms.CharField(label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 5}))


class EmbedForm(PostForm):
    kind, label = "embed", _("Embed")
    content_names = ("url", "title")
    url = _url_field(_("Address of the video or social post"), help_text=_(
        "YouTube, Dailymotion, Vimeo, X, Bluesky, Mastodon, Telegram, Instagram, TikTok or Facebook. "
        "Readers load it with a click. Any other address becomes a “read also” link."))
    title = forms.CharField(label=_("Title"), max_length=500, required=False)
    body = forms.CharField(label=_("Caption"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def content(self) -> tuple[str, str, dict[str, Any]]:
        kind, body, data = super().content()
        url = data.get("url", "")
        if url and embeds.detect(url) is None:
            # Never a raw iframe from an unknown site: it becomes a link card naming the address.
            return "link", body, {"url": url, "title": data.get("title") or url}
        return kind, body, data


class ImageForm(PostForm):
    """Editing an image post's text (uploading images is not in the desk yet)."""

    kind, label = "image", _("Image")
    content_names = ("src", "alt", "credit")
    src = forms.CharField(label=_("Image address"), max_length=2000)
    alt = forms.CharField(label=_("Description for blind readers"), max_length=500)
    credit = forms.CharField(label=_("Credit"), max_length=500, required=False)
    body = forms.CharField(label=_("Caption"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def content(self) -> tuple[str, str, dict[str, Any]]:
        kind, body, data = super().content()
        # Keep the size and the responsive variants, unless they belong to an image no longer shown.
        if self.post is not None and data.get("src") == self.post.data.get("src"):
            data = {**{k: v for k, v in self.post.data.items() if k not in self.content_names}, **data}
        return kind, body, data


class ImageUploadForm(ImageForm):
    """A new image post: the file is checked and re-encoded by liveline.media, then described.

    The file is stored as soon as it is accepted and its key kept in a hidden field, so a form
    sent back for another field's sake does not ask for the file again.
    """

    content_names = ("alt", "credit")
    image = forms.FileField(label=_("Image file"), required=False)
    upload = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    alt = forms.CharField(label=_("Description for blind readers"), max_length=500,
                          help_text=_("What the image shows, for readers who cannot see it."))
    credit = forms.CharField(label=_("Credit"), max_length=500, help_text=_("Photographer / agency."))
    body = forms.CharField(label=_("Caption"), widget=forms.Textarea(attrs={"rows": 3}))

    # Set by the view: the blog and the user an upload is recorded for.
    uploader: tuple[Any, Any] = (None, None)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        del self.fields["src"]
        self.stored = None
        self.fields["image"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp"
        self.fields["image"].help_text = _("JPEG, PNG or WebP, up to %(mb)d MB. Published in several sizes, "
                                           "without the file's metadata (place, camera).") % {
            "mb": settings.MEDIA_MAX_IMAGE_BYTES // 1_048_576}

    @property
    def content_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("image", "alt", "body", "credit")]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload, key = cleaned.get("image"), (cleaned.get("upload") or "").strip()
        if upload:
            try:
                self.stored = processing.ingest(upload, blog=self.uploader[0], user=self.uploader[1])
            except ValidationError as exc:
                self.add_error("image", exc)
                return cleaned
            self.data = self.data.copy()
            self.data["upload"] = cleaned["upload"] = self.stored.key
        elif key:
            self.stored = Image.objects.filter(key=key).first()
            if self.stored is None:
                self.add_error("image", _("The image uploaded before was not found: choose the file again."))
        else:
            self.add_error("image", _("Choose the image file to publish."))
        if self.stored is not None:
            # On the bound field too: it copied the help text when the fields were cleaned.
            done = _("Uploaded: %(name)s (%(w)d × %(h)d). Choose another file to replace it.") % {
                "name": self.stored.original_name or "image", "w": self.stored.width, "h": self.stored.height}
            self.fields["image"].help_text = self["image"].help_text = done
        return cleaned

    def content(self) -> tuple[str, str, dict[str, Any]]:
        kind, body, data = super().content()
        return kind, body, {**data, **(self.stored.post_data() if self.stored else {})}


# The kinds offered in the compose pane, in tab order; every kind can be edited.
COMPOSE_FORMS: dict[str, type[PostForm]] = {
    form.kind: form for form in (TextForm, QuoteForm, EmbedForm, ImageUploadForm, LinkForm, FactCheckForm)
}
EDIT_FORMS: dict[str, type[PostForm]] = {**COMPOSE_FORMS, "image": ImageForm}
