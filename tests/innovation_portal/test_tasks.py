"""Long work runs as tasks: in-process when no broker is configured, on a real Celery worker through Redis
when one is (CI runs both; locally the worker test needs a Redis at PORTAL_TEST_REDIS_URL)."""

import os
import time

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.core import mail

from innovation_portal import celery_app
from submissions import services
from tests import factories
from tests.files import image_upload, pdf_upload

REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_is_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def submit_an_entry():
    operator = factories.make_operator(email="operator@unit.go.id")
    competition = factories.CompetitionFactory()
    category = factories.CategoryFactory(competition=competition)
    proposal = factories.RequirementFactory(competition=competition, kind="document")
    photo = factories.RequirementFactory(competition=competition, kind="photo")
    entry = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=operator.memberships.get().unit), category=category
    )
    services.add_evidence(submission=entry, by=operator, requirement=proposal, upload=pdf_upload())
    services.add_evidence(submission=entry, by=operator, requirement=photo, upload=image_upload())
    return services.submit_submission(submission=entry, by=operator)


@pytest.mark.django_db
def test_without_a_broker_the_email_task_runs_in_process(django_capture_on_commit_callbacks):
    assert celery_app.conf.task_always_eager
    with django_capture_on_commit_callbacks(execute=True):
        submit_an_entry()
    assert [message.to for message in mail.outbox] == [["operator@unit.go.id"]]


class CountingBrokenMailBackend:
    attempts = 0

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        type(self).attempts += 1
        raise ConnectionRefusedError("mail server down")


@pytest.mark.django_db
def test_an_email_the_mail_server_refuses_is_tried_again(settings, django_capture_on_commit_callbacks):
    """The decision stands, and the email is tried again: in-process the retries follow at once, a worker
    waits longer each time (1 minute, 2, 4 … up to an hour); after the first try, eight more."""
    settings.EMAIL_BACKEND = "tests.innovation_portal.test_tasks.CountingBrokenMailBackend"
    CountingBrokenMailBackend.attempts = 0
    with django_capture_on_commit_callbacks(execute=True):
        entry = submit_an_entry()
    entry.refresh_from_db()
    assert entry.status == "submitted"
    assert CountingBrokenMailBackend.attempts == 1 + 8


def forget_connections():
    """The test switches the broker in a running process (the portal never does): drop the connections and
    the producer pool made for the earlier broker, so the task goes to the new one."""
    celery_app.close()
    celery_app.amqp._producer_pool = None


@pytest.mark.skipif(
    not redis_is_up() and not os.environ.get("CI"), reason=f"no Redis at {REDIS_URL} (CI always has one)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_takes_the_email_from_redis_and_sends_it():
    previous = {key: celery_app.conf[key] for key in ("broker_url", "task_always_eager")}
    celery_app.conf.update(broker_url=REDIS_URL, task_always_eager=False)
    forget_connections()
    try:
        with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            submit_an_entry()  # outside a transaction: the receipt is queued as soon as the change commits
            deadline = time.monotonic() + 20
            while not mail.outbox and time.monotonic() < deadline:
                time.sleep(0.1)
        assert [message.to for message in mail.outbox] == [["operator@unit.go.id"]]
    finally:
        celery_app.conf.update(previous)
        forget_connections()
