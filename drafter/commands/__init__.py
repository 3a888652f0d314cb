"""Subcommands: each module has ``add(parser, name)`` and ``run(args) -> int``."""
