from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CompetitionsConfig(AppConfig):
    name = "competitions"
    verbose_name = _("Competitions")

    def ready(self):
        from competitions.models import (
            Category,
            Competition,
            Prize,
            ProposalSection,
            Requirement,
            Stage,
            Unit,
        )
        from competitions.public_pages import public_content_changed

        for model in (Competition, Category, Stage, Prize, Requirement, ProposalSection, Unit):
            post_save.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
            post_delete.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
