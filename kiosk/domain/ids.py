"""Identifiers are made on the kiosk, so that records exist before the hub has heard of them."""

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
