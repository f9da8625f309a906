"""Serving uploads. Uploads are never public files: every download goes through a view that has already
checked who is asking, and then through this function."""

from django.http import FileResponse, Http404
from django.shortcuts import redirect

from submissions.evidence import download_name as fitted_download_name


def private_file_response(
    stored_file, *, content_type: str, download_name: str | None = None
) -> FileResponse:
    """Serve an upload after the caller's permission check.

    With `download_name` it is an attachment (uploaded documents), named for what the file really is
    whatever name it was uploaded with; without, inline (only for images the portal re-encoded itself, such
    as thumbnails). Always with nosniff, so a browser never guesses a type.
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
        filename=fitted_download_name(download_name, content_type) if download_name is not None else "",
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=0, no-store"
    if download_name is None:
        response["Content-Disposition"] = "inline"
    return response


def evidence_response(attachment, *, variant: str = "file", download_name: str | None = None):
    """Evidence after the caller's scope check: a link redirects, a thumbnail shows, a file downloads."""
    if attachment.is_link:
        return redirect(attachment.link_url)
    if variant == "thumbnail":
        return private_file_response(attachment.thumbnail, content_type="image/jpeg")
    return private_file_response(
        attachment.file,
        content_type=attachment.content_type,
        download_name=download_name or attachment.original_name,
    )
