"""The national innovation index (Indeks Inovasi Daerah, IID) of Kemendagri, simulated for the city.

Every year the city reports its innovations to Kemendagri with a level and supporting evidence (*bukti
dukung*) for each per-innovation indicator. Units fill the same indicators here for the innovations they
already keep in the portal; leaders see the index the city would get. The year's rules (divisor, thresholds,
indicators and weights) are data, edited by the secretariat in the admin.

`models` holds the configuration and the units' answers, `scoring` the formula, `selectors` the reads,
`services` the writes, and `forms`, `views` and `admin` the pages.
"""
