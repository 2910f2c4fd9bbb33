"""E-prescriptions: signature verification, PDF rendering, printing."""
