"""The catalogue's full-text search: a stored vector of each innovation's title and summary.

On PostgreSQL the migration also fills the vector of the innovations already there and adds its GIN index.
SQLite has no full-text search of this kind (the catalogue matches the texts directly there), so on SQLite
the column is added and stays empty. The index is made here rather than in the model's `Meta.indexes`, so
that SQLite, which rebuilds a table from the model's indexes, never sees a GIN index.
"""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "submissions_innovation_search_gin"

# The same vector as `submissions.catalogue.search.profile_vector`, written out so the migration stays as
# it is whatever the code becomes.
FILL = """
    UPDATE submissions_innovation
    SET search_vector = setweight(to_tsvector('simple'::regconfig, COALESCE(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(summary, '')), 'B')
"""


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FILL)
    schema_editor.execute(f"CREATE INDEX {INDEX} ON submissions_innovation USING gin (search_vector)")


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ('submissions', '0006_innovation_index_2023_2024'),
    ]

    operations = [
        migrations.AddField(
            model_name='innovation',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(add_search_index, drop_search_index),
    ]
