"""The database `make bench` measures: its own, on the local PostgreSQL (README, "Benchmarks")."""

import urllib.parse


def ensure_database(database_url: str) -> None:
    """Create the benchmark's own database when it does not exist yet."""
    import psycopg2
    from psycopg2 import sql

    url = urllib.parse.urlsplit(database_url)
    name = url.path.lstrip("/")
    server = psycopg2.connect(
        host=url.hostname, port=url.port or 5432, user=url.username, password=url.password, dbname="postgres"
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")
    server.close()


def prepare_database(scale: float) -> None:
    """Migrate, load `seed_scale` (it does nothing when the data set at that scale is there), and analyse."""
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("seed_scale", scale=scale)
    call_command("collectstatic", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        # A live database keeps its statistics current (autovacuum); a freshly loaded one must be told.
        cursor.execute("ANALYZE")
