"""The kiosk's local store: SQLite through sqlite-utils, one writer, outbox in every change."""
