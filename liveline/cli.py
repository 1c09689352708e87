"""The `liveline` command: demo, serve, migrate, createuser, token, extract, worker, cleanup-uploads."""

from __future__ import annotations

import argparse
import os
import re
import secrets
import sys
import threading
from pathlib import Path


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liveline.settings")
    import django

    django.setup()


def _migrate(verbosity: int = 1) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def _http_protocol(settings):
    if settings.LIVE_FASTPATH:
        from liveline.live.fastpath import LiveHttpProtocol

        return LiveHttpProtocol
    return "auto"


def _share_metrics(folder: Path) -> None:
    # Worker processes write their metrics here; a fresh folder per start, or counters of
    # dead workers would be summed forever.
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)


def _serve(host: str, port: int, workers: int = 1, before_start=None) -> None:
    import uvicorn
    from django.conf import settings

    config = uvicorn.Config(
        "liveline.asgi:application", host=host, port=port, workers=workers, lifespan="on",
        proxy_headers=True, log_level=settings.LOG_LEVEL.lower(), http=_http_protocol(settings),
        # Streams would otherwise keep a stopping server waiting forever.
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    # What ran before (migrations, the demo's load) ran in this thread, which now runs the event
    # loop and never queries: its connection goes, back to PostgreSQL's pool when there is one.
    from django.db import connections

    connections.close_all()
    if before_start:
        before_start()
    if workers > 1:
        _share_metrics(Path(settings.DATA_DIR) / "metrics")
        sock = config.bind_socket()
        uvicorn.supervisors.Multiprocess(config, sockets=[sock]).run()
    else:
        server.run()


def cmd_demo(args: argparse.Namespace) -> int:
    _setup()
    _migrate(verbosity=0)
    from liveline.demo import loader

    blogs = loader.load_all(reset=args.reset, replay=args.replay)
    for blog in blogs:
        print(f"Demo live blog: http://{args.host}:{args.port}/live/{blog.slug}/")
    start = None
    if args.replay:
        interval = args.interval

        def start() -> None:
            thread = threading.Thread(target=loader.replay, args=(interval,), daemon=True, name="demo-replay")
            thread.start()
            print(f"Replaying the demo posts, one every {interval:g} s.")

    _serve(args.host, args.port, before_start=start)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _setup()
    from django.conf import settings

    _serve(args.host or settings.SERVE_HOST, args.port or settings.SERVE_PORT,
           workers=args.workers or settings.SERVE_WORKERS)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    _setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    User = get_user_model()
    if User.objects.filter(username=args.username).exists():
        print(f"error: a user called {args.username!r} already exists", file=sys.stderr)
        return 1
    generated = False
    if args.password_file:
        try:
            password = Path(args.password_file).read_text().rstrip("\r\n")
        except OSError as exc:
            print(f"error: cannot read the password file: {exc}", file=sys.stderr)
            return 1
        try:
            validate_password(password, User(username=args.username))
        except ValidationError as exc:
            print("error: " + " ".join(exc.messages), file=sys.stderr)
            return 1
    else:
        password, generated = secrets.token_urlsafe(15), True
    user = User.objects.create_user(
        username=args.username, password=password, email=args.email or "",
        is_staff=args.admin, is_superuser=args.admin,
    )
    print(f"Created {'administrator' if args.admin else 'user'} {user.username}.")
    if generated:
        print(f"Password: {password}")
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    _setup()
    from django.contrib.auth import get_user_model

    from liveline.accounts.models import ApiToken

    user = get_user_model().objects.filter(username=args.username).first()
    if user is None:
        print(f"error: there is no user called {args.username!r}", file=sys.stderr)
        return 1
    _, raw = ApiToken.issue(user, name=args.name)
    print(raw)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    _setup()
    import json
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from django.conf import settings

    from liveline import intel

    zone = args.timezone or settings.TIME_ZONE
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        print(f"error: unknown time zone {zone!r}", file=sys.stderr)
        return 2
    try:
        published = datetime.fromisoformat(args.published) if args.published else datetime.now(ZoneInfo(zone))
    except ValueError:
        print(f"error: --published must be an ISO 8601 date and time; got {args.published!r}", file=sys.stderr)
        return 2
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as some editors write, is not text
    except UnicodeDecodeError as exc:
        name = "standard input" if args.file == "-" else args.file
        print(f"error: {name} is not UTF-8 text (byte {exc.start}); convert it first, e.g. with iconv",
              file=sys.stderr)
        return 1
    state = intel.status(args.lang)
    if not state["loaded"]:
        print(f"note: no language model for {args.lang} ({state['reason']}); names that no list knows are missed",
              file=sys.stderr)
    if args.posts:
        # Consecutive posts of one blog: speakers and names carry over from post to post.
        context = intel.BlogContext()
        posts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        out = [intel.extract(p, lang=args.lang, published=published, timezone=zone, context=context) for p in posts]
    else:
        out = intel.extract(text.strip(), lang=args.lang, published=published, timezone=zone)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Extract facts from published posts until stopped (SIGTERM/SIGINT end it after the current post)."""
    import logging
    import signal

    stop = threading.Event()

    def halt(signum, frame) -> None:
        stop.set()
        hooks = sys.modules.get("liveline.newsroom.hooks")
        if hooks is not None:
            hooks.wake.set()

    if not args.once:
        # Before the slow start (Django, language models): a stop asked for meanwhile is a clean one.
        signal.signal(signal.SIGTERM, halt)
        signal.signal(signal.SIGINT, halt)
    _setup()
    from django.conf import settings

    from liveline.newsroom import hooks, worker

    logging.getLogger("liveline").setLevel(settings.LOG_LEVEL)
    if args.once:
        while worker.process_one():
            pass
        return 0
    if args.attached:
        _follow_parent(stop, hooks.wake)
    worker.run(stop, poll_seconds=args.poll or settings.INTEL_WORKER_POLL_SECONDS)
    return 0


def cmd_cleanup_uploads(args: argparse.Namespace) -> int:
    """Remove the uploaded images no post, revision or autosaved form uses, past a grace period."""
    _setup()
    from datetime import timedelta

    from liveline.media.cleanup import cleanup_uploads

    done = cleanup_uploads(grace=timedelta(hours=args.older_than), dry_run=args.dry_run)
    verb = "Would remove" if args.dry_run else "Removed"
    for image in done.images:
        name = f" ({image.original_name})" if image.original_name else ""
        print(f"{verb} upload {image.key}{name}, uploaded {image.created_at:%Y-%m-%d %H:%M} UTC")
    print(f"{verb} {len(done.images)} unused upload(s) older than {args.older_than:g} h: "
          f"{len(done.files)} file(s), {done.size / 1_048_576:.1f} MB.")
    return 0


def _hours(raw: str) -> float:
    from datetime import timedelta

    try:
        hours = float(raw)
        timedelta(hours=hours)
    except (ValueError, OverflowError):  # inf and nan included
        raise argparse.ArgumentTypeError(f"a number of hours is expected; got {raw!r}") from None
    if hours < 1:
        raise argparse.ArgumentTypeError(
            f"at least 1 hour: a journalist may be composing with an upload younger than that; got {raw!r}")
    return hours


def _follow_parent(stop: threading.Event, wake: threading.Event) -> None:
    """Started by a server (newsroom/inprocess.py): wake on each line of stdin, and stop when
    stdin ends (the server stopped or died)."""

    def read() -> None:
        # os.read, not sys.stdin: a daemon thread blocked in a buffered read aborts the
        # interpreter's shutdown.
        while os.read(0, 512):
            wake.set()
        stop.set()
        wake.set()

    threading.Thread(target=read, name="parent-pipe", daemon=True).start()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="liveline", description="Liveline, the live-blog platform for newsrooms.")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="load the demo live blogs and serve them")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.add_argument("--replay", action="store_true", help="publish the demo posts one by one, live")
    demo.add_argument("--interval", type=float, default=5.0, help="seconds between replayed posts")
    demo.add_argument("--reset", action="store_true", help="delete and reload the demo blogs")
    demo.set_defaults(func=cmd_demo)

    serve = sub.add_parser("serve", help="run the production server")
    serve.add_argument("--host", help="address to listen on (default: LIVELINE_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: LIVELINE_PORT or 8000)")
    serve.add_argument("--workers", type=int, help="worker processes (default: LIVELINE_WORKERS or 1)")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="create or update the database tables")
    migrate.set_defaults(func=cmd_migrate)

    createuser = sub.add_parser("createuser", help="create a user (password generated unless --password-file)")
    createuser.add_argument("username")
    createuser.add_argument("--admin", action="store_true", help="site administrator")
    createuser.add_argument("--password-file", help="read the password from this file")
    createuser.add_argument("--email", default="")
    createuser.set_defaults(func=cmd_createuser)

    token = sub.add_parser("token", help="print a new API token for a user")
    token.add_argument("username")
    token.add_argument("--name", default="cli", help="a label to recognise the token by")
    token.set_defaults(func=cmd_token)

    work = sub.add_parser("worker", help="extract quotes, names and figures from published posts, in the background")
    work.add_argument("--poll", type=float, help="seconds between looks at the queue when idle "
                                                 "(default: LIVELINE_INTEL_WORKER_POLL_SECONDS)")
    work.add_argument("--once", action="store_true", help="process what is due, then exit")
    work.add_argument("--attached", action="store_true", help=argparse.SUPPRESS)  # started by `serve`
    work.set_defaults(func=cmd_worker)

    cleanup = sub.add_parser("cleanup-uploads", help="remove uploaded images that no post uses any more")
    cleanup.add_argument("--older-than", type=_hours, default=24, metavar="HOURS",
                         help="keep uploads younger than this, used or not (default: 24; at least 1)")
    cleanup.add_argument("--dry-run", action="store_true", help="list what would be removed; remove nothing")
    cleanup.set_defaults(func=cmd_cleanup_uploads)

    extract = sub.add_parser("extract", help="print the quotes, speakers, entities, dates and figures of a text")
    extract.add_argument("file", metavar="FILE", help="the text (blank lines separate paragraphs); - reads stdin")
    extract.add_argument("--lang", choices=["fr", "en"], default="fr")
    extract.add_argument("--published", help="publication time, ISO 8601 (default: now)")
    extract.add_argument("--timezone", help="the blog's time zone (default: LIVELINE_TIME_ZONE)")
    extract.add_argument("--posts", action="store_true",
                         help="paragraphs are consecutive posts of one blog; print a list")
    extract.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from liveline.env import ConfigError

    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
