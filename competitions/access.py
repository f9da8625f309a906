"""View mixins that apply the role predicates: anonymous users are sent to sign in, others get 404."""

from collections.abc import Callable

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


class KeepTypedDataMixin:
    """Nothing typed is lost when the session expired before the form was sent.

    The post is kept in the (anonymous) session and the user is sent to sign in; Django keeps session
    data across sign-in, so when they come back the form is filled with what they typed, unsaved.
    For form views; list this mixin before the access mixins, so it sees the anonymous post first.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and not request.user.is_authenticated:
            pending = request.session.get(PENDING_FORMS_KEY, {})
            pending[request.path] = {
                key: values for key, values in request.POST.lists() if key != "csrfmiddlewaretoken"
            }
            request.session[PENDING_FORMS_KEY] = pending
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET":
            typed = self.pop_typed_data()
            if typed is not None:
                kwargs["data"] = typed
        return kwargs

    def pop_typed_data(self) -> QueryDict | None:
        pending = self.request.session.get(PENDING_FORMS_KEY, {})
        data = pending.pop(self.request.path, None)
        if data is None:
            return None
        self.request.session[PENDING_FORMS_KEY] = pending
        restored = QueryDict(mutable=True)
        for key, values in data.items():
            restored.setlist(key, values)
        messages.warning(
            self.request,
            _("Your session had ended. What you typed is back in the form: check it, then save."),
        )
        return restored
