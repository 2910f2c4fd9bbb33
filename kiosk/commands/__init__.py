"""Subcommands of ``kiosk``; each module registers its own parsers."""
