"""A session that ends while someone is typing, as it ends in a browser: the server forgets it, the
browser keeps its cookies."""

from django.contrib.sessions.models import Session
from django.utils import timezone


def signed_in_then_session_expired(client, user, url: str) -> None:
    """`user` opened `url` on this browser, then their session expired."""
    client.force_login(user)
    assert client.get(url).status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(expire_date=timezone.now())
