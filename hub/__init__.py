"""Reference hub server: sync API, signalling, specialist console, prescription signing."""
