"""Public pages served from the cache to visitors who are not signed in (README, "Performance").

The home page, an edition's page, its results and the catalogue are the same for every anonymous visitor in
one language, and on the day results are announced thousands of people open them at once. Their rendered
HTML is kept in the shared cache (Redis in production, so every app server sees the same copy), per
language and full address, for `PUBLIC_PAGE_SECONDS`.

Invalidation: every key carries a version number kept in the cache. Saving or deleting anything a public page
shows (an edition, its stages, categories, prizes and requirements, a unit, an innovation and its photos, an
entry once submitted, a decision or an award) raises the version, so the next visitor gets a fresh page from
every server at once. The time limit only bounds what a change made outside Django could leave stale, and
the "closes in N days" wording of a page.
"""

import hashlib

from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest

PUBLIC_PAGE_SECONDS = 300
VERSION_KEY = "public-pages:version"


def public_content_changed(**kwargs) -> None:
    """Every cached public page is out of date (also a signal receiver: any arguments are ignored).

    The number goes up now and again when the transaction commits: a page rendered in between would show
    the old data under the new number."""
    _raise_version()
    transaction.on_commit(_raise_version)


def _raise_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache yet, or evicted: any new number retires the old pages
        cache.set(VERSION_KEY, 2, timeout=None)


def content_version() -> int:
    """The number `public_content_changed` raises: part of the key of whatever is cached from the data the
    public pages show (the pages themselves, the leaders' participation dashboard)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def page_key(request: HttpRequest) -> str:
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"public-page:{content_version()}:{request.LANGUAGE_CODE}:{address}"


def is_cacheable(request: HttpRequest) -> bool:
    """An anonymous GET with no message waiting to be shown (a message is for one visitor only)."""
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and CookieStorage.cookie_name not in request.COOKIES
    )


class CachedPublicPageMixin:
    """For a view whose page is the same for every anonymous visitor in one language."""

    def dispatch(self, request, *args, **kwargs):
        if not is_cacheable(request):
            return super().dispatch(request, *args, **kwargs)
        key = page_key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            if hasattr(response, "add_post_render_callback") and not response.is_rendered:
                response.add_post_render_callback(
                    lambda rendered: cache.set(key, rendered, PUBLIC_PAGE_SECONDS)
                )
            else:
                cache.set(key, response, PUBLIC_PAGE_SECONDS)
        return response
