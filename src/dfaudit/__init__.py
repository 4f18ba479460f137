"""dfaudit — audit AI-model-sharing platforms for deepfake model variants of real people.

Stages, one folder each, data flowing one way::

    sources/ → collect/ → store/ → detect/ → forensics/ → report/

``cli/`` is a thin layer over the library functions of those stages.
"""

__version__ = "0.1.0"
