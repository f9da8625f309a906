import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings
from django.utils.translation import gettext as _

from demo.seed import DEMO_AUTHENTICATOR_KEY, DEMO_PASSWORD, DEMO_RECOVERY_CODES, seed_demo
from innovation_portal.celery import app as task_queue


@contextmanager
def emails_go_nowhere_quietly():
    """The demo's entries go through the real services, which email units: the demo emails no one.

    Tasks run in this process even when a broker is configured (a worker would use the real mail
    server), and the task queue's line per task is not printed: the demo sends hundreds.
    """
    eager = task_queue.conf.task_always_eager
    task_queue.conf.task_always_eager = True
    logging.disable(logging.INFO)
    try:
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            yield
    finally:
        logging.disable(logging.NOTSET)
        task_queue.conf.task_always_eager = eager


class Command(BaseCommand):
    help = "Load the demo city (units, accounts for every role). Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo even with DEBUG off. Its accounts have a published password.",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "The demo's accounts all have the published password “%(password)s”, so it is not "
                    "loaded with DEBUG off (a production setting). Set DJANGO_DEBUG=true on a development "
                    "machine, or add --force if you really want these accounts here."
                )
                % {"password": DEMO_PASSWORD}
            )
        with emails_go_nowhere_quietly():
            accounts = seed_demo()
        self.stdout.write(
            self.style.SUCCESS(
                _("Demo data ready. Demo accounts (password: %(password)s):") % {"password": DEMO_PASSWORD}
            )
        )
        width = max(len(account.username) for account in accounts)
        for account in accounts:
            detail = f" – {account.unit}" if account.unit else ""
            self.stdout.write(f"  {account.username.ljust(width)}  {account.role}{detail}")
        staff = ", ".join(account.username for account in accounts if account.is_staff)
        self.stdout.write(
            _(
                "Staff accounts (%(accounts)s) sign in in two steps. Add the key %(key)s to an "
                "authenticator app, or use a recovery code: %(codes)s (each once; running this again "
                "puts them back)."
            )
            % {"accounts": staff, "key": DEMO_AUTHENTICATOR_KEY, "codes": ", ".join(DEMO_RECOVERY_CODES)}
        )
