"""Hostile servers and files: attacks reproduced against real loopback servers and files."""
