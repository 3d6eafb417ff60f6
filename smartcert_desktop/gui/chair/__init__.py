"""The chair's and the operating agency's screens (위원장·운영기관); :func:`make_chair_screen` is the factory."""

from .screen import ChairScreen, make_chair_screen

__all__ = ["ChairScreen", "make_chair_screen"]
