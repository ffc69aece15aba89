"""What extraction adds to the shared document model (transform/model.py, where
``RawDocument`` lives): the error a file that cannot be read raises, and the codec
that stores an extraction.

An extractor reads bytes and never cleans text beyond what its format forces
(HTML boilerplate that lives in markup, PDF page structure).  Text cleaning is
transform's job.
"""
from __future__ import annotations

import datetime as dt

from transform.model import RawDocument


class ExtractError(Exception):
    """A file that cannot be read into text.

    ``reason`` is a short stable code (``pdf_encrypted``, ``no_text_layer``,
    ``undecodable``, ``empty``, ``unsupported_format``, ``corrupt_pdf``...);
    ``detail`` is a sentence a person can act on.
    """

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


# --- stored extractions -----------------------------------------------------------------------
# A RawDocument is kept beside its document (table ``extractions``) so that cleaning it again
# (a newly learned site template) never reads and extracts the file again.  JSON, not pickle:
# a database file must never be able to run code when it is read.

_CODEC_CLASSES: dict[str, type] = {}


def _codec_classes() -> dict[str, type]:
    """The dataclasses of the two model modules: the only classes an extraction may hold."""
    if not _CODEC_CLASSES:
        import dataclasses
        import sys

        import transform.model as tm

        for module in (sys.modules[__name__], tm):
            for value in vars(module).values():
                if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
                    _CODEC_CLASSES[value.__name__] = value
    return _CODEC_CLASSES


def _encode(value):
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in _codec_classes():
            raise TypeError(f"cannot store a {name} in an extraction")
        return {"__dc__": name, **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"__dict__": [[_encode(k), _encode(v)] for k, v in value.items()]}
    return value


def _decode(value):
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        if "__dc__" in value:
            cls = _codec_classes()[value["__dc__"]]
            return cls(**{k: _decode(v) for k, v in value.items() if k != "__dc__"})
        if "__date__" in value:
            return dt.date.fromisoformat(value["__date__"])
        if "__datetime__" in value:
            return dt.datetime.fromisoformat(value["__datetime__"])
        if "__dict__" in value:
            return {_decode(k): _decode(v) for k, v in value["__dict__"]}
    return value


def raw_to_json(raw: RawDocument) -> bytes:
    """A RawDocument as compressed JSON bytes; ``raw_from_json(raw_to_json(r)) == r``."""
    import json
    import zlib

    return zlib.compress(json.dumps(_encode(raw), ensure_ascii=False).encode("utf-8"), 1)


def raw_from_json(blob: bytes) -> RawDocument:
    import json
    import zlib

    return _decode(json.loads(zlib.decompress(blob).decode("utf-8")))
