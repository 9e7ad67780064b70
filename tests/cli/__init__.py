"""Command-line behaviour pinned by issue 16, run through the installed ``newsclean`` command."""
