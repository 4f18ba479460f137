"""forensics/ — safetensors headers, file-hash re-upload links and removal timelines."""
