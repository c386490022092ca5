"""Shared fixtures: a throw-away copy of the project's inputs and outputs."""
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path):
    """seeds/, etl/catalog/ and data/ copied to a temporary folder, with their paths."""
    for name, source in (("seeds", ROOT / "seeds"), ("catalog", ROOT / "etl" / "catalog"),
                         ("data", ROOT / "data")):
        shutil.copytree(source, tmp_path / name)
    return tmp_path
