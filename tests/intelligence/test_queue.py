"""Claiming jobs: one worker per job, a dead worker's job taken over, failures retried then given up."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from liveline.newsroom import queue, worker
from liveline.newsroom.models import Extraction, Job, Statement
from tests.intelligence.conftest import RUTTE, drain


@pytest.mark.django_db
def test_a_claimed_job_is_not_claimed_again(published):
    published(RUTTE)
    first = queue.claim("worker-a")
    assert first is not None and first.attempts == 1
    assert queue.claim("worker-b") is None
    job = Job.objects.get()
    assert (job.state, job.claimed_by) == ("running", "worker-a")


@pytest.mark.django_db
def test_the_job_of_a_worker_that_died_is_claimed_again_after_the_lease(published):
    published(RUTTE)
    queue.claim("worker-a")
    Job.objects.update(claimed_at=timezone.now() - timedelta(seconds=queue.LEASE_SECONDS + 1))
    taken = queue.claim("worker-b")
    assert taken is not None and Job.objects.get().claimed_by == "worker-b"


@pytest.mark.django_db
def test_jobs_are_claimed_oldest_first(published):
    older, newer = published(RUTTE, minutes=0), published("Deuxième publication.", minutes=1)
    assert queue.claim("w").post_id == older.pk
    assert queue.claim("w").post_id == newer.pk


@pytest.mark.django_db(transaction=True)
def test_concurrent_workers_never_process_a_post_twice(published, monkeypatch):
    posts = [published(f"Publication numéro {n} sur les négociations.", minutes=n) for n in range(12)]
    seen: list[int] = []
    lock = threading.Lock()
    real = worker.process

    def counting(claim):
        with lock:
            seen.append(claim.post_id)
        real(claim)

    monkeypatch.setattr(worker, "process", counting)

    def run(name):
        try:
            while worker.process_one(name):
                pass
        finally:
            connection.close()  # this thread's own connection, or the test database cannot be dropped

    threads = [threading.Thread(target=run, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    # (A server started by other tests may run a worker on this database too: it is one more claimer.)
    assert len(seen) == len(set(seen))
    assert not Job.objects.exists()
    assert Extraction.objects.filter(post__in=posts).count() == len(posts)
    assert set(Extraction.objects.values_list("status", flat=True)) == {"done"}


@pytest.mark.django_db
def test_a_failure_is_retried_later_then_given_up(published, monkeypatch):
    post = published(RUTTE)

    def broken(p):
        raise RuntimeError("the engine fell over")

    monkeypatch.setattr(worker, "extract_post", broken)
    assert worker.process_one("w")
    job = Job.objects.get()
    assert (job.state, job.attempts) == ("queued", 1)
    assert "the engine fell over" in job.last_error
    assert job.available_at > timezone.now()  # not at once: a growing delay
    assert drain() == 0  # nothing due yet
    for _attempt in (2, 3):
        Job.objects.update(available_at=timezone.now())
        assert worker.process_one("w")
    assert not Job.objects.exists()
    extraction = Extraction.objects.get(post=post)
    assert extraction.status == "failed" and "fell over" in extraction.error


@pytest.mark.django_db
def test_a_failure_then_a_success(published, monkeypatch):
    post = published(RUTTE)
    real = worker.extract_post
    calls = []

    def flaky(p):
        calls.append(p.pk)
        if len(calls) == 1:
            raise RuntimeError("once")
        return real(p)

    monkeypatch.setattr(worker, "extract_post", flaky)
    worker.process_one("w")
    Job.objects.update(available_at=timezone.now())
    worker.process_one("w")
    assert Extraction.objects.get(post=post).status == "done"
    assert Statement.objects.filter(post=post).exists()


@pytest.mark.django_db
def test_the_worker_command_processes_the_queue_and_exits_with_once(published):
    from liveline import cli

    post = published(RUTTE)
    assert cli.main(["worker", "--once"]) == 0
    assert Extraction.objects.get(post=post).status == "done"


@pytest.mark.django_db
def test_asking_again_bumps_the_job_instead_of_adding_one(published):
    """A second request for a waiting or running job raises its generation and gives it fresh attempts."""
    post = published(RUTTE)
    job = Job.objects.get(post=post)
    assert (job.state, job.generation, job.attempts, job.blog_id) == ("queued", 1, 0, post.blog_id)
    claim = queue.claim("worker-a")
    Job.objects.update(last_error="boom")
    queue.enqueue(post.pk, post.blog_id, delay=60)
    bumped = Job.objects.get()
    assert (bumped.pk, bumped.state, bumped.generation, bumped.attempts, bumped.last_error) == (
        job.pk, "running", 2, 0, "")
    assert bumped.available_at > timezone.now() + timedelta(seconds=50)
    assert bumped.created_at == job.created_at and bumped.claimed_by == "worker-a"
    assert not queue.still_current(claim)
