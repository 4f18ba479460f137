"""Property-based fuzzing of the parsers that read hostile input."""
