"""The package version, in one place for the package and its command line."""

__version__ = "0.1.0"
