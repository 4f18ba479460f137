"""collect/ — crawl runs and imports: pages committed with their checkpoints, resumable."""
