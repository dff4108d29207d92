"""The shell's Python side (stage two): sessions and transcripts driving /bin/sh."""
