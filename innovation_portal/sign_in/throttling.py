"""Sign-in throttling with one limit per lockout parameter (settings.SIGN_IN_FAILURE_LIMITS).

django-axes counts failures for each of AXES_LOCKOUT_PARAMETERS and compares the largest count with one
limit. One limit does not fit all three: a whole city hall signs in from one address, so the address
limit must be higher than the limit for one username from one address. Here each count is measured
against its own limit, scaled to AXES_FAILURE_LIMIT so the rest of django-axes reads it as usual.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def _parameter_key(parameter: str | list[str]) -> str:
    return parameter if isinstance(parameter, str) else "+".join(parameter)


class PerParameterLimitHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> float:
        base_limit = settings.AXES_FAILURE_LIMIT
        attempts_list = self.get_user_attempts(request, credentials)
        scaled = [0.0]
        for parameter, attempts in zip(settings.AXES_LOCKOUT_PARAMETERS, attempts_list, strict=True):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            limit = settings.SIGN_IN_FAILURE_LIMITS[_parameter_key(parameter)]
            scaled.append(failures * base_limit / limit)
        return max(scaled)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful sign-in clears the failures of that username from that address only: an
        attacker who holds one account must not wipe the address's count by signing in with it."""
        username = get_client_username(request, credentials)
        deleted, _per_model = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return deleted
