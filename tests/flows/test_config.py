from pathlib import Path

import pytest

from flows.config import ConfigError, build_config
from transform.cruft import remove_cruft

PROSE = "The canal company raised its tolls twice before the war, and the barge owners protested each time."


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cruftless.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = build_config(ingest=tmp_path / "in", db=tmp_path / "w.duckdb")
    assert cfg.batch_size == 25 and cfg.config_path is None
    assert cfg.docs_dir == tmp_path / "w_docs"


def test_file_settings_and_user_rules(tmp_path):
    path = write(tmp_path, """
[run]
ingest = "saved"
db = "out/corpus.duckdb"
batch_size = 7

[cruft]
disable = ["view_counter_visited"]
[[cruft.rule]]
name = "towpath_donate"
kind = "promo"
pattern = '(?i)support the towpath.*'
""")
    cfg = build_config(config_path=path)
    assert cfg.ingest == (tmp_path / "saved").resolve() and cfg.db == (tmp_path / "out/corpus.duckdb").resolve()
    assert cfg.batch_size == 7
    res = remove_cruft([PROSE, "Support the towpath fund!", "(Visited 12 times, 1 visits today)", PROSE], cfg.rules)
    assert [a.rule for a in res.artefacts] == ["towpath_donate"]


def test_command_line_wins_over_the_file(tmp_path):
    path = write(tmp_path, '[run]\ningest = "saved"\nbatch_size = 7\n')
    cfg = build_config(ingest=tmp_path / "other", config_path=path, batch_size=3)
    assert cfg.ingest == (tmp_path / "other").resolve() and cfg.batch_size == 3


def test_config_beside_the_ingest_folder_is_found(tmp_path):
    write(tmp_path, "[run]\nbatch_size = 9\n")
    assert build_config(ingest=tmp_path / "ingest").batch_size == 9


@pytest.mark.parametrize(
    "text, message",
    [
        ("[run\n", "not valid TOML"),
        ("[[cruft.rule]]\nname = 'x'\nkind = 'promo'\npattern = '('\n", "bad regular expression"),
    ],
)
def test_bad_config_says_where_and_what(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=message) as info:
        build_config(config_path=path)
    assert str(path) in str(info.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        build_config(config_path=tmp_path / "nope.toml")


@pytest.mark.parametrize(
    "pattern, match",
    [
        (r"(?:\s*[-_]+)*\s*related", "line"),  # runs of dashes split every which way: exponential
        (r"(\w+\s?)+:", "line"),
        (r"\s*,?\s*see more", "span"),  # run-then-fail over every start in a run of spaces
    ],
)
def test_a_user_rule_that_backtracks_is_a_config_error_naming_it(tmp_path, pattern, match):
    path = write(tmp_path, f"""
[[cruft.rule]]
name = "my_slow_banner"
kind = "promo"
match = "{match}"
pattern = '{pattern}'
""")
    with pytest.raises(ConfigError) as info:
        build_config(config_path=path)
    message = str(info.value)
    assert str(path) in message and "'my_slow_banner' backtracks catastrophically" in message
    assert "possessive" in message and "10,000" in message


def test_a_linear_user_rule_passes_the_check(tmp_path):
    path = write(tmp_path, """
[[cruft.rule]]
name = "dash_rule_banner"
kind = "layout"
pattern = '[-_]{3,}+(?:\\s+[-_]++)*+\\s*related(?:\\s+links)?'
""")
    cfg = build_config(config_path=path)
    res = remove_cruft([PROSE, "----- ----- related links", PROSE], cfg.rules)
    assert [a.rule for a in res.artefacts] == ["dash_rule_banner"]
