"""OGC API - Features read side: the parameters, as the standards define them."""
