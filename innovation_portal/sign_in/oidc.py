"""Optional sign-in through the city's OpenID Connect provider (mozilla-django-oidc).

The provider vouches for an identity; the portal only maps it to an account that already exists, by
email or by username (settings.OIDC_MATCH_BY). It never creates an account and never changes one:
roles, staff status and groups are given in the portal's admin only. A staff account signed in this
way still gives its second factor.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

logger = logging.getLogger(__name__)

# The sign-in page's "state" and "nonce" are kept in the session until the provider answers; a visitor
# who never comes back leaves a session that expires after this many seconds.
SSO_START_SESSION_SECONDS = 10 * 60


class ExistingAccountOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims: dict) -> bool:
        """Only an identity the provider marks as verified (OIDC_VERIFIED_CLAIM is exactly true)."""
        return claims.get(settings.OIDC_VERIFIED_CLAIM) is True and bool(self._identifier(claims))

    def filter_users_by_claims(self, claims: dict) -> QuerySet[User]:
        """The one active account with the identity's email (any case) or username; none if several
        accounts share the email, since choosing one of them would be a guess."""
        identifier = self._identifier(claims)
        if not identifier:
            return User.objects.none()
        if settings.OIDC_MATCH_BY == "username":
            return User.objects.filter(username=identifier, is_active=True)
        accounts = User.objects.filter(email__iexact=identifier, is_active=True)
        return accounts if accounts.count() == 1 else User.objects.none()

    def create_user(self, claims: dict) -> None:
        logger.warning(
            "Single sign-on refused: no portal account for %s", self.describe_user_by_claims(claims)
        )
        return None

    def update_user(self, user: User, claims: dict) -> User:
        """The account is left exactly as the portal's admin keeps it, whatever the claims say."""
        return user

    def describe_user_by_claims(self, claims: dict) -> str:
        return f"{settings.OIDC_MATCH_BY} {self._identifier(claims)}"

    @staticmethod
    def _identifier(claims: dict) -> str:
        claim = "email" if settings.OIDC_MATCH_BY == "email" else settings.OIDC_USERNAME_CLAIM
        value = claims.get(claim)
        return value.strip() if isinstance(value, str) else ""


class SingleSignOnStartView(OIDCAuthenticationRequestView):
    def get(self, request):
        response = super().get(request)
        if not request.user.is_authenticated:
            request.session.set_expiry(SSO_START_SESSION_SECONDS)
        return response


class SingleSignOnCallbackView(OIDCAuthenticationCallbackView):
    def login_success(self):
        # Signed in: the session lasts as long as any other, not the few minutes of the sign-on's start.
        self.request.session.set_expiry(None)
        return super().login_success()
