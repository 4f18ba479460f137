"""detect/ — signals, combiner, lexicons and policy rules: normalised records in, findings out."""
