"""Serving uploads. Uploads are never public files: every download goes through a view that has already
checked who is asking, and then through this function."""

from django.http import FileResponse, Http404


def private_file_response(
    stored_file, *, content_type: str, download_name: str | None = None
) -> FileResponse:
    """Serve an upload after the caller's permission check.

    With `download_name` it is an attachment (uploaded documents); without, inline (only for images the
    portal re-encoded itself, such as thumbnails). Always with nosniff, so a browser never guesses a type.
    """
    if not stored_file:
        raise Http404
    try:
        handle = stored_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=download_name is not None,
        filename=download_name or "",
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=0, no-store"
    if download_name is None:
        response["Content-Disposition"] = "inline"
    return response
