from django import forms
from django.utils.translation import gettext_lazy as _

from competitions.models import Unit
from submissions.catalogue.selectors import CatalogueFilters, catalogue_units, catalogue_years
from submissions.models import GovernmentAffair, Innovation


def _all(label, choices) -> list:
    return [("", label), *choices]


class CatalogueFilterForm(forms.Form):
    """The catalogue's search and filters, read from the address (GET), so a filtered page can be shared.

    The field names are the address's parameters, in Indonesian like the portal's addresses:
    `/katalog/?q=sampah&tahun=2023&bentuk=public_service&juara=on`. A value that is not a choice is left out
    of the filters (and said beside its field) rather than refusing the page.
    """

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.SearchInput(
            attrs={
                "class": "form-control",
                "placeholder": _("Words from a title, a summary or a winning proposal"),
            }
        ),
    )
    tahun = forms.TypedChoiceField(
        label=_("In use since (year)"), required=False, coerce=int, empty_value=None
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"), required=False, queryset=Unit.objects.none(), empty_label=_("All units")
    )
    jenis_unit = forms.ChoiceField(label=_("Kind of unit"), required=False)
    bentuk = forms.ChoiceField(label=_("Form (bentuk)"), required=False)
    jenis = forms.ChoiceField(label=_("Kind (jenis)"), required=False)
    tahapan = forms.ChoiceField(label=_("Phase (tahapan)"), required=False)
    urusan = forms.ModelChoiceField(
        label=_("Area of government affairs (urusan)"),
        required=False,
        queryset=GovernmentAffair.objects.all(),
        to_field_name="code",
        empty_label=_("All areas"),
    )
    juara = forms.BooleanField(label=_("Won a prize"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tahun"].choices = _all(_("All years"), [(year, year) for year in catalogue_years()])
        self.fields["unit"].queryset = catalogue_units()
        self.fields["jenis_unit"].choices = _all(_("All kinds"), Unit.Kind.choices)
        self.fields["bentuk"].choices = _all(_("All forms"), Innovation.Form.choices)
        self.fields["jenis"].choices = _all(_("Digital and non-digital"), Innovation.Kind.choices)
        self.fields["tahapan"].choices = _all(_("All phases"), Innovation.Phase.choices)

    def filters(self) -> CatalogueFilters:
        """The filters asked for; a field with a wrong value is left out."""
        if not self.is_bound:
            return CatalogueFilters()
        self.is_valid()
        data = self.cleaned_data
        return CatalogueFilters(
            text=data.get("q") or "",
            year=data.get("tahun"),
            unit=data.get("unit"),
            unit_kind=data.get("jenis_unit") or "",
            form=data.get("bentuk") or "",
            kind=data.get("jenis") or "",
            phase=data.get("tahapan") or "",
            affair=data.get("urusan"),
            winners_only=bool(data.get("juara")),
        )
