"""report/ — tables, figures, HTML/Markdown/JSON/CSV reports, pseudonymised by default.

It reads only the store: ``write_report`` runs each section's SQL over the scope views, draws
the figures, and writes the outputs; ``compute_summary`` gives the headline figures alone.
"""

from dfaudit.report.build import ReportPaths, compute_summary, write_report

__all__ = ["ReportPaths", "compute_summary", "write_report"]
