"""Contract suites: each storage aggregate's promises, checked on every backend."""
