"""detect/ — signals, combiner, lexicons and policy rules: normalised records in, findings out."""

from dfaudit import _native

# Before any detection module is imported: a compiled build whose sources changed since runs
# its sources instead (see dfaudit/_native.py).
_native.install()
