from django import forms
from django.utils.translation import gettext_lazy as _


class UnitImportForm(forms.Form):
    csv_file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: name, short_name, kind, parent, active. Kind is one of dinas, badan, bagian, "
            "kecamatan, kelurahan, puskesmas, sekolah, umkm, masyarakat."
        ),
    )

    MAX_BYTES = 2 * 1024 * 1024

    def clean_csv_file(self) -> str:
        upload = self.cleaned_data["csv_file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text; save it as “CSV UTF-8”.")) from error
