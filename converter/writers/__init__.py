"""Writers: one module (or subpackage) per target format, each registering itself in ``converter.registry``."""
