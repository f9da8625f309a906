"""Load the areas of government affairs (urusan pemerintahan)."""

from django.db import migrations

from submissions.government_affairs import GOVERNMENT_AFFAIRS, ensure_government_affairs



def add_affairs(apps, schema_editor):
    ensure_government_affairs(apps.get_model("submissions", "GovernmentAffair"))


def remove_affairs(apps, schema_editor):
    codes = [code for code, _name in GOVERNMENT_AFFAIRS]
    apps.get_model("submissions", "GovernmentAffair").objects.filter(code__in=codes).delete()


class Migration(migrations.Migration):
    dependencies = [("submissions", "0001_initial")]
    operations = [migrations.RunPython(add_affairs, remove_affairs)]
