"""report/ — tables, figures, HTML/Markdown/JSON/CSV reports, pseudonymised by default."""
