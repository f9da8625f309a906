from django.core.management.base import BaseCommand
from django.test import override_settings
from django.utils.translation import gettext as _

from innovation_portal.demo.seed import (
    DEMO_AUTHENTICATOR_KEY,
    DEMO_PASSWORD,
    DEMO_RECOVERY_CODES,
    seed_demo,
)


class Command(BaseCommand):
    help = "Load the demo city (units, accounts for every role). Safe to run again: it changes nothing."

    def handle(self, *args, **options):
        # The demo's entries go through the real services, which email units; the demo emails no one.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
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
