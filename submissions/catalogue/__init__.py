"""The public innovation catalogue: what anyone may see of the city's innovations, across every edition.

It lists the innovations their units made public and every winner of an edition whose results are
published, with filters and a full-text search over their titles, summaries and public proposal texts.

`selectors` holds what is public (the one home of that rule) and the catalogue's queries, `search` the
full-text search and its stored vector, and `forms`, `views` and `urls` the pages.
"""
