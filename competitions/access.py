"""View mixins that apply the role predicates: anonymous users are sent to sign in, others get 404."""

from collections.abc import Callable

from django.contrib.auth.mixins import AccessMixin
from django.http import Http404


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
