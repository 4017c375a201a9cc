"""Gunicorn entry point for every OpenStack API.

gunicorn leaves its own command line in sys.argv, and oslo.config parses sys.argv when
a service builds its WSGI app: reset it to the service's config files first.
OSCAR_WSGI_APP names the app ("module:attr"; a callable whose name starts with "init"
or "setup" is a factory and is called), OSCAR_WSGI_ARGS the oslo.config arguments.
"""
import importlib
import os
import shlex
import sys

sys.argv = [os.environ.get("OSCAR_WSGI_NAME", "wsgi")] + shlex.split(os.environ.get("OSCAR_WSGI_ARGS", ""))
_module, _, _attr = os.environ["OSCAR_WSGI_APP"].partition(":")
_app = getattr(importlib.import_module(_module), _attr)
application = _app() if _attr.startswith(("init", "setup")) else _app
