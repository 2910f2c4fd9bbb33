"""One module per device family: its parser and driver; ``*_sim`` modules beside them
hold the simulators that speak the same bytes."""
