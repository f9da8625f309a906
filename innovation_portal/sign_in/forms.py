from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import verify_token
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from two_factor.forms import TOTPDeviceForm

AUTHENTICATOR_CODE_LENGTH = 6


class SecondFactorForm(forms.Form):
    """The second step of signing in: a code from the authenticator app, or one of the recovery codes.

    The code's shape says which: six digits for the app, letters and digits for a recovery code. Only
    that device is tried, so a recovery code does not count as a wrong app code; django-otp slows down
    each device after wrong codes and refuses a code already used.
    """

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_("The 6 digits your authenticator app shows now, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device: Device | None = None

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split()).lower()
        device = self._device_for(code)
        if device is not None and not device.verify_is_allowed()[0]:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a minute, then try again."), code="throttled"
            )
        verified = verify_token(self.user, device.persistent_id, code) if device is not None else None
        if verified is None:
            raise forms.ValidationError(
                _(
                    "That code is not right, or it was already used. Check that the time on your phone "
                    "is right, or use a recovery code."
                ),
                code="invalid",
            )
        self.device = verified
        return code

    def _device_for(self, code: str) -> Device | None:
        if code.isdigit() and len(code) == AUTHENTICATOR_CODE_LENGTH:
            return TOTPDevice.objects.filter(user=self.user, confirmed=True).first()
        return StaticDevice.objects.filter(user=self.user, confirmed=True).first()

    @property
    def used_recovery_code(self) -> bool:
        return isinstance(self.device, StaticDevice)


class AuthenticatorSetupForm(TOTPDeviceForm):
    """django-two-factor-auth's set-up form, with the portal's own words."""

    error_messages = {
        "invalid_token": _(
            "That code is not right. Check that the time on your phone is right, then type the code the "
            "app shows now."
        ),
    }

    # The wizard passes `key` and `user` after reading this signature, so they are named here.
    def __init__(self, key, user, metadata=None, **kwargs):
        super().__init__(key, user, metadata, **kwargs)
        self.fields["token"].widget = forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True}
        )
        self.fields["token"].label = _("Code from the app")
        self.fields["token"].help_text = _("The 6 digits the app shows for this portal.")


class TurnOffSecondFactorForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, turn two-factor sign-in off for my account"))
