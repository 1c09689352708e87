"""The extraction queue: one `Job` row per post waiting, claimed by one worker at a time.

- `enqueue` runs inside the domain's transaction (publishing writes one more row, nothing more).
- `claim` takes the oldest due job: `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, so workers
  never wait on each other; on SQLite (one writer at a time anyway) a conditional UPDATE that
  only one claimer can win. A job claimed by a worker that died is claimed again after
  `LEASE_SECONDS`.
- `done` and `retry` end a claim. A job whose post was edited while it ran (its `generation`
  moved on) is queued again instead of being deleted, so the newest text is always read.
"""

from __future__ import annotations

import functools
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from liveline.newsroom.models import Job

LEASE_SECONDS = 300
MAX_ATTEMPTS = 3
RETRY_BASE_SECONDS = 5


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def enqueue(post_id: int, blog_id: int, *, delay: float = 0) -> None:
    """Ask for the post to be (re-)extracted; a job already waiting or running is bumped, not doubled.

    One statement, an upsert (SQLite and PostgreSQL both have ON CONFLICT): it runs in every
    publish, where an UPDATE that found nothing and then an INSERT were two.
    """
    job = Job(post_id=post_id, blog_id=blog_id, available_at=timezone.now() + timedelta(seconds=delay))
    fields, sql = _upsert(connection.vendor)
    # The values Django itself would insert (defaults, created_at, datetimes as the backend takes them).
    values = [field.get_db_prep_save(field.pre_save(job, True), connection) for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)


@functools.cache
def _upsert(vendor: str) -> tuple[list, str]:
    fields = [field for field in Job._meta.concrete_fields if not field.primary_key]
    quote = connection.ops.quote_name
    table, column = quote(Job._meta.db_table), {field.name: quote(field.column) for field in fields}
    generation, available_at = column["generation"], column["available_at"]
    sql = (  # names from the model, values as parameters
        f"INSERT INTO {table} ({', '.join(column[field.name] for field in fields)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(fields))}) ON CONFLICT ({column['post']}) DO UPDATE SET "
        f"{generation} = {table}.{generation} + 1, {column['attempts']} = 0, "
        f"{available_at} = excluded.{available_at}, {column['last_error']} = ''"
    )
    return fields, sql


@dataclass
class Claim:
    job_id: int
    post_id: int
    blog_id: int
    generation: int
    attempts: int


def _due(now: datetime):
    stale = now - timedelta(seconds=LEASE_SECONDS)
    return Job.objects.filter(
        Q(state=Job.State.QUEUED, available_at__lte=now) | Q(state=Job.State.RUNNING, claimed_at__lt=stale)
    ).order_by("available_at", "id")


def claim(name: str | None = None) -> Claim | None:
    """The next due job, now running for this worker; None when nothing is due."""
    name = name or worker_name()
    now = timezone.now()
    if connection.vendor == "postgresql":
        with transaction.atomic():
            job = _due(now).select_for_update(skip_locked=True).first()
            if job is None:
                return None
            job.state, job.claimed_by, job.claimed_at = Job.State.RUNNING, name, now
            job.claimed_generation, job.attempts = job.generation, job.attempts + 1
            job.save(update_fields=["state", "claimed_by", "claimed_at", "claimed_generation", "attempts"])
            return Claim(job.pk, job.post_id, job.blog_id, job.generation, job.attempts)
    for job in _due(now)[:5]:
        # Only the claimer whose UPDATE still sees the row as it read it wins.
        won = Job.objects.filter(pk=job.pk, state=job.state, claimed_at=job.claimed_at,
                                 generation=job.generation).update(
            state=Job.State.RUNNING, claimed_by=name, claimed_at=now, claimed_generation=job.generation,
            attempts=F("attempts") + 1,
        )
        if won:
            return Claim(job.pk, job.post_id, job.blog_id, job.generation, job.attempts + 1)
    return None


def still_current(claim_: Claim) -> bool:
    """Nobody asked for a newer extraction of the post since the claim (call it under the blog lock)."""
    return Job.objects.filter(pk=claim_.job_id, generation=claim_.generation).exists()


def done(claim_: Claim) -> None:
    """The claim is finished: the job goes away, unless a newer request came meanwhile."""
    deleted, _ = Job.objects.filter(pk=claim_.job_id, generation=claim_.generation).delete()
    if not deleted:
        Job.objects.filter(pk=claim_.job_id).update(state=Job.State.QUEUED, claimed_by="", claimed_at=None,
                                                    attempts=0)


def retry(claim_: Claim, error: str) -> bool:
    """After a failure: queue the job again with a growing delay; False when attempts are used up."""
    job = Job.objects.filter(pk=claim_.job_id)
    if not job.filter(generation=claim_.generation).exists():
        # The post changed meanwhile: the new text may well work, and deserves its own attempts.
        job.update(state=Job.State.QUEUED, claimed_by="", claimed_at=None, attempts=0, last_error=error[:2000])
        return True
    if claim_.attempts >= MAX_ATTEMPTS:
        job.delete()
        return False
    delay = RETRY_BASE_SECONDS * 2 ** (claim_.attempts - 1)
    job.update(state=Job.State.QUEUED, claimed_by="", claimed_at=None, last_error=error[:2000],
               available_at=timezone.now() + timedelta(seconds=delay))
    return True
