"""``newsclean.testing``: the pytest plugin's registered name; its code is in
:mod:`newsclean.integrations.testing`."""

from .integrations.testing import pytest_addoption, pytest_collect_file

__all__ = ["pytest_addoption", "pytest_collect_file"]
