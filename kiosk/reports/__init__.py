"""Reports the HWC makes from its own records, offline: the monthly summary."""
