"""View mixins that apply the role predicates: anonymous users are sent to sign in, others get 404."""

import json
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, QueryDict
from django.utils.translation import gettext as _


class RoleRequiredMixin(AccessMixin):
    """Let a view through only for users the `role` predicate accepts.

    A signed-in user without the role gets 404, not 403, so the page's existence leaks nothing.
    """

    role: Callable[..., bool]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not type(self).role(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


PENDING_FORMS_KEY = "pending_forms"
# Forms kept at once for one browser; the oldest goes first.
PENDING_FORMS_LIMIT = 5

# A signed cookie naming the account that last signed in on this browser. It outlives the session, so
# a post that arrives after the session ended can be told apart from an anonymous visitor's.
SIGNED_IN_COOKIE = "portal_account"
SIGNED_IN_COOKIE_SALT = "competitions.access.signed-in-browser"
SIGNED_IN_COOKIE_AGE = 60 * 60 * 24 * 30


def signed_in_account_id(request) -> int | None:
    """The account that signed in on this browser before, if the browser still holds its cookie."""
    value = request.get_signed_cookie(
        SIGNED_IN_COOKIE, default=None, salt=SIGNED_IN_COOKIE_SALT, max_age=SIGNED_IN_COOKIE_AGE
    )
    return int(value) if value and value.isdigit() else None


class KeepTypedDataMixin:
    """Nothing typed is lost when the session expired before the form was sent.

    The post is kept in the (anonymous) session and the user is sent to sign in; Django keeps session
    data across sign-in, so when they come back the form is filled with what they typed, unsaved.
    Only for a browser that signed in before, only up to PENDING_FORM_MAX_BYTES, and only given back to
    the same account: an anonymous visitor's posts create no session, and on a shared office computer
    the next person to sign in does not see what the last one typed.
    For form views; list this mixin before the access mixins, so it sees the anonymous post first.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and not request.user.is_authenticated:
            self.keep_typed_data(request)
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def keep_typed_data(self, request) -> None:
        account_id = signed_in_account_id(request)
        if account_id is None:
            return
        typed = {key: values for key, values in request.POST.lists() if key != "csrfmiddlewaretoken"}
        if len(json.dumps(typed)) > settings.PENDING_FORM_MAX_BYTES:
            return
        pending = request.session.get(PENDING_FORMS_KEY, {})
        pending.pop(request.path, None)
        pending[request.path] = {"account": account_id, "data": typed}
        while len(pending) > PENDING_FORMS_LIMIT:
            pending.pop(next(iter(pending)))
        request.session[PENDING_FORMS_KEY] = pending

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET":
            typed = self.pop_typed_data()
            if typed is not None:
                kwargs["data"] = typed
        return kwargs

    def pop_typed_data(self) -> QueryDict | None:
        pending = self.request.session.get(PENDING_FORMS_KEY, {})
        kept = pending.pop(self.request.path, None)
        if kept is None:
            return None
        self.request.session[PENDING_FORMS_KEY] = pending
        if kept.get("account") != self.request.user.pk:
            return None
        data = kept["data"]
        restored = QueryDict(mutable=True)
        for key, values in data.items():
            restored.setlist(key, values)
        messages.warning(
            self.request,
            _("Your session had ended. What you typed is back in the form: check it, then save."),
        )
        return restored
