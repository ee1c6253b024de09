"""Readers: one module per source format, each registering itself in ``converter.registry``."""
