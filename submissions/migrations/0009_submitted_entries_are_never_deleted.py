"""The database itself refuses to delete an entry that was ever submitted (DESIGN §5: no hard delete of a
submitted entry), whatever deletes it: the admin, a shell, a script, raw SQL.

PostgreSQL only: SQLite's test flush deletes rows one by one and would fire the trigger, while
PostgreSQL's flush truncates, which row triggers do not see. On SQLite the model and its queryset refuse.
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION submissions_refuse_deleting_a_submitted_entry() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'entry % was submitted and is never deleted; withdraw it instead', OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER submissions_submission_never_deleted_once_submitted
    BEFORE DELETE ON submissions_submission
    FOR EACH ROW
    WHEN (OLD.status <> 'draft' OR OLD.submitted_at IS NOT NULL)
    EXECUTE FUNCTION submissions_refuse_deleting_a_submitted_entry();
"""

DROP = """
DROP TRIGGER IF EXISTS submissions_submission_never_deleted_once_submitted ON submissions_submission;
DROP FUNCTION IF EXISTS submissions_refuse_deleting_a_submitted_entry();
"""


def run_on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)  # no parameters: the % is plpgsql's

    return run


class Migration(migrations.Migration):
    dependencies = [("submissions", "0008_entry_times_set_by_services")]

    operations = [migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP))]
