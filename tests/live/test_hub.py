"""The hub's memory of recent events answers a reconnection only when it holds all it needs."""

from __future__ import annotations

from collections import deque

from liveline.live.hub import Channel


def channel_with(ids: list[int], keep: int, last_id: int = 10) -> Channel:
    channel = Channel(blog_id=1, last_id=last_id)
    channel.recent = deque(maxlen=keep)
    for event_id in ids:
        channel.remember(event_id, f"frame {event_id}".encode())
    return channel


def test_memory_answers_a_reader_a_few_events_behind():
    channel = channel_with([12, 15, 19], keep=10)
    assert [event_id for event_id, _ in channel.frames_after(12)] == [15, 19]
    assert [event_id for event_id, _ in channel.frames_after(10)] == [12, 15, 19]  # from before the first
    assert channel.frames_after(19) == []


def test_memory_declines_what_it_no_longer_or_never_held():
    channel = channel_with([12, 15, 19, 23], keep=2)  # 12 and 15 were forgotten
    assert channel.frames_after(15) is not None
    assert channel.frames_after(14) is None  # 15 is gone: only the log knows what came after 14
    assert channel.frames_after(9) is None  # before the channel existed
    assert channel.frames_after(40) is None  # beyond what was fanned out: the log decides (reset?)


class Reader:
    def __init__(self, blog_id: int) -> None:
        self.blog_id, self.counted, self.frames = blog_id, True, []

    def push(self, event_id: int, frame: bytes) -> None:
        self.frames.append(event_id)


def test_a_blog_whose_whole_audience_left_is_remembered_for_a_while():
    """A proxy restart drops every reader at once: when they return, memory answers them, not the database."""
    import asyncio

    from liveline.live.hub import CHANNEL_LINGER_SECONDS, Hub

    async def scenario() -> None:
        hub = Hub()
        hub._bind()
        try:
            channel = channel_with([12, 15], keep=10)
            hub.channels[1] = channel
            readers = [Reader(1) for _ in range(3)]
            channel.subscribers.update(dict.fromkeys(readers))
            for reader in readers:
                hub.unsubscribe(reader)
            assert hub.channels.get(1) is channel and hub.readers == 0
            hub._forget_idle()
            assert hub.channels.get(1) is channel  # not yet
            assert [event_id for event_id, _ in hub.channels[1].frames_after(12)] == [15]

            channel.empty_since -= CHANNEL_LINGER_SECONDS
            hub._forget_idle()
            assert 1 not in hub.channels  # nobody came back: forgotten
        finally:
            for task in (hub._poller, hub._heart):
                task.cancel()

    asyncio.run(scenario())


def test_the_connections_of_the_hubs_threads_can_be_closed(db):
    """At shutdown, and before a test database is dropped: PostgreSQL refuses while one is open."""
    import asyncio
    import threading

    from django.db import connections

    from liveline import dbpool
    from liveline.live import hub
    from liveline.live.models import Event

    both = threading.Barrier(hub.DB_THREADS)

    def read():  # one call per thread: each waits for the other at the barrier
        Event.objects.count()
        both.wait(5)
        return connections["default"]  # this thread's own

    async def read_in_every_thread():
        return await asyncio.gather(*(hub.run_in_db_thread(read) for _ in range(hub.DB_THREADS)))

    wrappers = asyncio.run(read_in_every_thread())
    assert len({id(wrapper) for wrapper in wrappers}) == hub.DB_THREADS
    if dbpool.enabled():  # PostgreSQL's pool: each read gave its connection back already
        assert all(wrapper.connection is None for wrapper in wrappers)
        return
    assert all(wrapper.connection is not None for wrapper in wrappers)
    hub.close_db_connections()
    assert all(wrapper.connection is None for wrapper in wrappers)


class DirectReader(Reader):
    """A reader the hub keeps alive itself (as fastpath.DirectSubscriber): it counts the visits."""

    def __init__(self, blog_id: int, slot: int) -> None:
        super().__init__(blog_id)
        self.slot, self.visits = slot, 0

    def keep_alive(self) -> None:
        self.visits += 1


def test_a_keep_alive_visit_reaches_its_slice_of_readers_and_no_one_who_left():
    """Each visit walks one slice of the direct readers: the others wait for their turn, and a reader
    that left is never written to again."""
    import asyncio

    from liveline.live.hub import KEEP_ALIVE_SLICES, Hub

    async def scenario() -> None:
        hub = Hub()
        hub._bind()
        try:
            hub.channels[1] = channel_with([12], keep=10)
            hub.channels[2] = channel_with([3], keep=10)
            readers = [DirectReader(1 + n % 2, n % KEEP_ALIVE_SLICES) for n in range(3 * KEEP_ALIVE_SLICES)]
            queued = Reader(1)  # a queue reader: its own stream sends the comments
            for reader in [*readers, queued]:
                await hub.subscribe(reader.blog_id, reader)
            gone = readers[1]
            hub.unsubscribe(gone)

            hub.keep_alive_turn(1)
            assert {r for r in readers if r.visits} == {r for r in readers if r.slot == 1 and r is not gone}
            assert gone.visits == 0
            for turn in range(KEEP_ALIVE_SLICES):
                hub.keep_alive_turn(turn)
            assert all(r.visits == (2 if r.slot == 1 else 1) for r in readers if r is not gone)
            assert gone.visits == 0
        finally:
            for task in (hub._poller, hub._heart):
                task.cancel()

    asyncio.run(scenario())
