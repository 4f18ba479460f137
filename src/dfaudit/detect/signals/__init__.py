"""detect/signals/ — one small signal per module, registered by name and version."""
