"""Where an index lives: a folder on disk (manifest, checksummed files, atomic swap, lock)."""
