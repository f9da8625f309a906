from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_roles_after_migrate(*, using: str = "default", **kwargs) -> None:
    from competitions.services import sync_role_groups

    sync_role_groups(using=using)


class InnovationPortalConfig(AppConfig):
    """The project itself: home page, sign-in, and the role groups kept in step after every migrate."""

    name = "innovation_portal"
    verbose_name = _("Innovation Portal")

    def ready(self) -> None:
        from innovation_portal import checks  # noqa: F401  (registers the deploy checks)

        # Django sends post_migrate once per app with models, after that app's permissions exist; the
        # call for the last app leaves the groups with every permission they should have.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="innovation_portal.sync_roles")
        from innovation_portal.sign_in import receivers

        receivers.connect()
