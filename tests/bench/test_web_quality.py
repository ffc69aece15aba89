"""bench/web_quality.py: the benchmark command runs without ../shared, and the gate:
cruftless's whole pipeline on the dev sets never scores below the floors stored in
bench/web_quality_floor.json (raised as the extraction improves)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import REPO, shared_or_skip


def _bench():
    spec = importlib.util.spec_from_file_location("web_quality", REPO / "bench" / "web_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FLOOR = json.loads((REPO / "bench" / "web_quality_floor.json").read_text(encoding="utf-8"))


def test_benchmark_exits_cleanly_without_shared(tmp_path, capsys):
    assert _bench().main(["--shared", str(tmp_path / "absent")]) == 0
    assert "not found" in capsys.readouterr().out


@pytest.mark.parametrize("raw, expect", [
    (("extract:empty", 0.9, 0.1, 0, 100), "refused (extract:empty)"),
    (("", 0.0, 0.0, 0, 100), "empty output"),
    (("", 0.95, 0.2, 50, 400), "main text cut short (50 of ~400 words kept)"),
    (("", 0.2, 0.95, 900, 200), "boilerplate kept (900 words for ~200)"),
    (("", 0.3, 0.3, 300, 300), "wrong block chosen"),
])
def test_what_went_wrong(raw, expect):
    assert _bench()._what_went_wrong(*raw) == expect


@pytest.mark.slow
@pytest.mark.parametrize("dev_set, in_process", [("web-dev", False), ("html-dev", True)])
def test_quality_gate(dev_set, in_process, tmp_path, monkeypatch):
    bench_dir = shared_or_skip("bench", dev_set)
    tools = shared_or_skip("tools")
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    figures = _bench().cruftless_figures(bench_dir, tools, tmp_path, in_process=in_process)
    for key, floor in FLOOR[dev_set].items():
        assert figures[key] >= floor, f"{dev_set} {key} {figures[key]:.3f} fell below the floor {floor}"
