from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class JudgingConfig(AppConfig):
    name = "judging"
    verbose_name = _("Judging")

    def ready(self):
        import judging.jobs  # noqa: F401  (declares the app's background jobs)
        from competitions.public_pages import public_content_changed
        from judging.models import Award, StageResult

        # Decisions written in bulk call `public_content_changed` themselves (bulk writes send no signal).
        for model in (Award, StageResult):
            post_save.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
            post_delete.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
