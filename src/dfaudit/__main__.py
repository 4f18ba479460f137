"""``python -m dfaudit`` runs the CLI."""

from dfaudit.cli import main

main()
