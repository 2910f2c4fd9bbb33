"""The clinic's concepts and rules, free of Qt and of I/O so that every layer can share them."""
