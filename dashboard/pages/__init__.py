"""One module per page: a `layout(dataset, **query)` function and, where needed, `register_callbacks`."""
