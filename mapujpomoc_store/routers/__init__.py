"""The store's HTTP routes, one router per concern (docs/ARCHITECTURE.md, *The store*).

- `discovery`: landing page, conformance, collections (OGC API - Features Part 1)
- `items`: features of a collection, read and written (Parts 1 and 4)
- `sync`: the changes feed, snapshots and changesets
- `users`: who a token belongs to, and a feature's history
- `errors`: exception handlers answering with problem details (RFC 9457)
- `shared`: helpers several routers use (authentication, JSON bodies, ETags, URLs, writes)
"""
