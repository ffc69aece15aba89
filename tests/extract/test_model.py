"""Stored extractions (extract/model.py): a RawDocument survives JSON and back, and the codec
only builds the model's own classes."""
from __future__ import annotations

import datetime as dt
import json
import zlib

import pytest

from extract.model import raw_from_json, raw_to_json
from transform.model import RawDocument
from transform.model import Artefact, Block


def test_a_raw_document_round_trips():
    raw = RawDocument("site/a.html", "html", (Block("A heading", "heading", None), Block("Text.", "paragraph", 2)),
                      "Title", ("Jane Doe",), dt.date(2020, 5, 1), (Artefact("navigation", "nav_block", "Home"),),
                      "utf-8", "example.org", ("short_main_text",))
    assert raw_from_json(raw_to_json(raw)) == raw


def test_the_codec_refuses_classes_that_are_not_the_models():
    blob = zlib.compress(json.dumps({"__dc__": "Popen", "args": ["rm"]}).encode())
    with pytest.raises(KeyError):
        raw_from_json(blob)
