"""Spoke-to-hub sync: hub client, push/pull/blob upload, scheduler, connectivity."""
