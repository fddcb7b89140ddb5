"""HTTP routers, one per resource: parse params, call queries, return schemas."""
