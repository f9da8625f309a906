from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticToken
from two_factor import views as two_factor_views
from two_factor.forms import MethodForm, TOTPDeviceForm

from competitions import services
from competitions.permissions import may_use_second_factor, must_use_second_factor
from innovation_portal.sign_in.forms import (
    AuthenticatorSetupForm,
    SecondFactorForm,
    TurnOffSecondFactorForm,
)
from innovation_portal.sign_in.middleware import has_authenticator


def _address(request) -> str:
    return get_client_ip_address(request) or ""


def _safe_next(request) -> str:
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


class SecondFactorAccessMixin(LoginRequiredMixin):
    """For the two-factor pages: accounts that may use a second factor; everyone else gets 404."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not may_use_second_factor(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class VerifyView(LoginRequiredMixin, FormView):
    """The second step of signing in, for an account with an authenticator app."""

    template_name = "registration/verify.html"
    form_class = SecondFactorForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and (
            request.user.is_verified() or not has_authenticator(request.user)
        ):
            return HttpResponseRedirect(_safe_next(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=_safe_next(self.request), **kwargs)

    def form_valid(self, form):
        otp_login(self.request, form.device)
        kind = "recovery code" if form.used_recovery_code else "authenticator"
        services.record_second_factor_given(
            account=self.request.user, address=_address(self.request), kind=kind
        )
        if form.used_recovery_code:
            left = form.device.token_set.count()
            messages.warning(
                self.request,
                ngettext(
                    "You signed in with a recovery code. %(count)d code is left: make new ones on the "
                    "two-factor sign-in page.",
                    "You signed in with a recovery code. %(count)d codes are left: make new ones on the "
                    "two-factor sign-in page.",
                    left,
                )
                % {"count": left},
            )
        return HttpResponseRedirect(_safe_next(self.request))

    def form_invalid(self, form):
        services.record_second_factor_refused(account=self.request.user, address=_address(self.request))
        return super().form_invalid(form)


class SetupView(SecondFactorAccessMixin, two_factor_views.SetupView):
    """Set up an authenticator app (django-two-factor-auth's wizard, in the portal's look and words);
    then the account gets its recovery codes."""

    template_name = "registration/two_factor_setup.html"
    qrcode_url = "sign_in:qr"
    # Straight to scanning the code: the page itself says why.
    form_list = (("method", MethodForm),)

    def get_form_list(self):
        form_list = super().get_form_list()
        if form_list.get("generator") is TOTPDeviceForm:
            form_list["generator"] = AuthenticatorSetupForm
        return form_list

    def get_context_data(self, form, **kwargs):
        required = must_use_second_factor(self.request.user)
        return super().get_context_data(form, must_use_second_factor=required, **kwargs)

    def get_success_url(self):
        return f"{reverse('sign_in:recovery_codes')}?{REDIRECT_FIELD_NAME}={_safe_next(self.request)}"

    def done(self, form_list, **kwargs):
        response = super().done(form_list, **kwargs)
        services.finish_second_factor_set_up(account=self.request.user, address=_address(self.request))
        messages.success(self.request, _("Two-factor sign-in is on for your account."))
        return response


class QRCodeView(SecondFactorAccessMixin, two_factor_views.QRGeneratorView):
    """The QR code of the key being set up (an SVG, from the set-up page's session)."""

    def get_issuer(self):
        return settings.SITE_NAME


@method_decorator(never_cache, name="dispatch")
class RecoveryCodesView(SecondFactorAccessMixin, TemplateView):
    """The account's unused recovery codes; posting replaces them with new ones."""

    template_name = "registration/recovery_codes.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_verified():
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        codes = StaticToken.objects.filter(device__user=self.request.user).values_list("token", flat=True)
        return super().get_context_data(codes=list(codes), next=_safe_next(self.request), **kwargs)

    def post(self, request, *args, **kwargs):
        services.renew_recovery_codes(account=request.user, address=_address(request))
        messages.success(request, _("New recovery codes are ready; the old ones no longer work."))
        return redirect("sign_in:recovery_codes")


@method_decorator(never_cache, name="dispatch")
class SecondFactorView(SecondFactorAccessMixin, FormView):
    """Two-factor sign-in for one's own account: whether it is on, set it up, recovery codes, and for
    those who need not use it (judges), turning it off."""

    template_name = "registration/two_factor.html"
    form_class = TurnOffSecondFactorForm

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            is_on=has_authenticator(user),
            required=must_use_second_factor(user),
            recovery_codes_left=StaticToken.objects.filter(device__user=user).count(),
            **kwargs,
        )

    def form_valid(self, form):
        user = self.request.user
        if must_use_second_factor(user) or not user.is_verified():
            raise Http404
        services.turn_off_second_factor(account=user, address=_address(self.request))
        messages.success(self.request, _("Two-factor sign-in is off for your account."))
        return redirect("sign_in:two_factor")
