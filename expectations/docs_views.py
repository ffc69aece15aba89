"""Great Expectations page views that compile their Jinja templates once per process.

GX gives every view it creates (one per site section, on every build) a new Jinja
environment, so each build parses and compiles the same ~50 templates again:
about two thirds of a build's time.  These subclasses hand every view of a class
the environment the first one made, so later builds in the process (a served
flow, a test session) reuse the compiled templates.  The site config in
``expectations.docs`` names them; this module imports GX, so only GX imports it.
"""
from __future__ import annotations

import threading

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView

_environments: dict = {}
_lock = threading.Lock()


class _SharedEnvironment:
    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        key = (type(self), custom_styles_directory, custom_views_directory)
        with _lock:
            env = _environments.get(key)
            if env is None:
                super().__init__(custom_styles_directory, custom_views_directory)  # type: ignore[call-arg]
                _environments[key] = self.env
                return
        self.custom_styles_directory = custom_styles_directory
        self.custom_views_directory = custom_views_directory
        self.env = env  # its filters are bound to the first view: views of a class hold no other state


class PageView(_SharedEnvironment, DefaultJinjaPageView):
    pass


class IndexPageView(_SharedEnvironment, DefaultJinjaIndexPageView):
    pass
