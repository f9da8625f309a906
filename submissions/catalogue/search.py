"""Full-text search of the public catalogue.

What is searched: an innovation's title and summary, and its public proposal text (the sections of the latest
frozen version of each of its entries that won an award in an edition whose results are published; see
`submissions.catalogue.selectors.public_versions`). Nothing else a unit wrote is searched.

A search is split into words (runs of letters and digits); an innovation is found when every word occurs in
those texts, as the start of a word on PostgreSQL, anywhere on SQLite.

**PostgreSQL.** The title (weight A) and summary (weight B) are kept in a stored vector,
`Innovation.search_vector`, with the `simple` configuration (no stemming, which suits Indonesian), under a GIN
index. The services that change those texts refresh it (`refresh_search_vectors`); the command
`rebuild_search_index` refreshes every innovation. The public proposal text (weight C) is *not* stored:
whether it is public depends on the edition's status, which changes in the competitions app (which must not
import this one), from the admin and the results page. So the query adds it, for the published winners only,
when it searches: a proposal is found from the moment its award is published and never after the results are
taken back. Winners are few (a handful per category and year), so this costs little. Results are ranked by
`SearchRank` over the whole document.

**SQLite** has no such search: the same texts are matched with `icontains`, word by word.
"""

import re

from django.contrib.postgres.aggregates import JSONBAgg
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import connection
from django.db.models import Exists, F, Func, OuterRef, Q, QuerySet, Subquery, TextField

from submissions.models import Innovation

CONFIG = "simple"
MAX_WORDS = 10
WORD = re.compile(r"[^\W_]+")


def search_words(text: str) -> list[str]:
    """The words of a search as both databases match them: letters and digits, lower case, at most ten."""
    return WORD.findall((text or "").lower())[:MAX_WORDS]


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


def profile_vector() -> SearchVector:
    """The stored part of an innovation's search document: its title and summary."""
    return SearchVector("title", config=CONFIG, weight="A") + SearchVector(
        "summary", config=CONFIG, weight="B"
    )


def refresh_search_vectors(innovations: QuerySet[Innovation]) -> int:
    """Recompute the stored vector of `innovations` (nothing to do on SQLite); returns how many."""
    if not uses_full_text_search():
        return 0
    return Innovation.objects.filter(pk__in=innovations.values("pk")).update(search_vector=profile_vector())


class SectionValues(Func):
    """The texts of a proposal's sections (a JSON object), without their keys: on SQLite only."""

    template = "(SELECT group_concat(value, ' ') FROM json_each(%(expressions)s))"
    output_field = TextField()


def _stored_vector() -> Func:
    return Func(
        F("search_vector"),
        template="COALESCE(%(expressions)s, ''::tsvector)",
        output_field=SearchVectorField(),
    )


def _public_proposal_vector(public_versions: QuerySet) -> Func:
    """The public proposal texts of the innovation in the outer query, as a vector of weight C.

    `to_tsvector` of a JSON value reads its strings only, so the section keys are never searched.
    """
    texts = (
        public_versions.filter(submission__innovation=OuterRef("pk"))
        .order_by()
        .values("submission__innovation")
        .annotate(texts=JSONBAgg("sections"))
        .values("texts")
    )
    return Func(
        Subquery(texts),
        template=(
            f"setweight(to_tsvector('{CONFIG}'::regconfig, COALESCE(%(expressions)s, '[]'::jsonb)), 'C')"
        ),
        output_field=SearchVectorField(),
    )


def search_document(public_versions: QuerySet) -> Func:
    """All that is searchable of the innovation in the outer query: the stored vector, the public proposal."""
    return Func(
        _stored_vector(),
        _public_proposal_vector(public_versions),
        template="(%(expressions)s)",
        arg_joiner=" || ",
        output_field=SearchVectorField(),
    )


def search_query(words: list[str]) -> SearchQuery:
    """Every word, each as the start of a word ("layan" finds "layanan"). The words hold only letters and
    digits, so they are safe to write as a raw query."""
    return SearchQuery(" & ".join(f"{word}:*" for word in words), search_type="raw", config=CONFIG)


def matching(
    innovations: QuerySet[Innovation],
    words: list[str],
    *,
    winners: QuerySet[Innovation],
    public_versions: QuerySet,
) -> QuerySet[Innovation]:
    """The innovations of `innovations` whose searchable texts hold every word: best match first on
    PostgreSQL, by title on SQLite.

    `winners` are the innovations that may have a public proposal text, `public_versions` those texts.
    """
    if not words:
        return innovations
    if uses_full_text_search():
        query = search_query(words)
        document = search_document(public_versions)
        # Two small lists of ids: the stored vectors use their GIN index; the winners' documents are built
        # for the winners alone.
        by_profile = Innovation.objects.filter(search_vector=query).values("pk")
        by_document = winners.annotate(document=document).filter(document=query).values("pk")
        return (
            innovations.filter(Q(pk__in=by_profile) | Q(pk__in=by_document))
            .annotate(rank=SearchRank(document, query))
            .order_by("-rank", "title", "pk")
        )
    for word in words:
        in_proposal = (
            public_versions.filter(submission__innovation=OuterRef("pk"))
            .order_by()
            .annotate(texts=SectionValues("sections"))
            .filter(texts__icontains=word)
        )
        innovations = innovations.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(Exists(in_proposal))
        )
    return innovations.order_by("title", "pk")
