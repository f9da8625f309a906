from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


def entry_changed(sender, instance, signal, created=False, **kwargs):
    """A public page shows entries once submitted (counts, winners' proposals). A draft is saved every few
    seconds while it is written and is never shown; only its start and its removal change what is counted
    (the leaders' dashboard counts the entries entered)."""
    from competitions.public_pages import public_content_changed

    if created or signal is post_delete or instance.status != instance.Status.DRAFT:
        public_content_changed()


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = _("Submissions")

    def ready(self):
        from competitions.public_pages import public_content_changed
        from submissions.models import (
            GovernmentAffair,
            Innovation,
            InnovationPhoto,
            Submission,
            SubmissionVersion,
        )

        for model in (Innovation, InnovationPhoto, GovernmentAffair, SubmissionVersion):
            post_save.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
            post_delete.connect(
                public_content_changed, sender=model, dispatch_uid=f"public-pages-{model.__name__}"
            )
        m2m_changed.connect(
            public_content_changed, sender=Innovation.affairs.through, dispatch_uid="public-pages-affairs"
        )
        post_save.connect(entry_changed, sender=Submission, dispatch_uid="public-pages-Submission")
        post_delete.connect(entry_changed, sender=Submission, dispatch_uid="public-pages-Submission")
