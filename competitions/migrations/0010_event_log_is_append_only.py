"""The event log only grows: an account that acted is never deleted (so the log always says who), and on
PostgreSQL the database refuses to change or delete an event, whatever asks (the admin, a shell, raw SQL).

The trigger is PostgreSQL's only: SQLite's test flush deletes rows one by one and would fire it, while
PostgreSQL's flush truncates, which row triggers do not see.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CREATE = """
CREATE FUNCTION competitions_refuse_rewriting_the_event_log() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: event % cannot be changed or deleted', OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER competitions_event_append_only
    BEFORE UPDATE OR DELETE ON competitions_event
    FOR EACH ROW
    EXECUTE FUNCTION competitions_refuse_rewriting_the_event_log();
"""

DROP = """
DROP TRIGGER IF EXISTS competitions_event_append_only ON competitions_event;
DROP FUNCTION IF EXISTS competitions_refuse_rewriting_the_event_log();
"""


def run_on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)  # no parameters: the % is plpgsql's

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("competitions", "0009_event_time_set_by_services"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="event",
            name="actor",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="by",
            ),
        ),
        migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP)),
    ]
