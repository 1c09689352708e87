"""The `liveline` command: demo, serve, migrate, createuser, token."""

from __future__ import annotations

import argparse
import os
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
