"""Fixtures of the layout tests: the fourth and fifth generators' source pools, built
once a session (each reads its text files once)."""

from __future__ import annotations

import pagegen4
import pagegen5
import pytest


@pytest.fixture(scope="session")
def pool4():
    return pagegen4.default_pool()


@pytest.fixture(scope="session")
def pool5():
    return pagegen5.default_pool()
