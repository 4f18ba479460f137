"""sample/ — the bundled synthetic sample platform (invented people only) and its server."""
