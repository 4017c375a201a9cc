"""Gunicorn entry point for every OpenStack API.

gunicorn leaves its own command line in sys.argv, and oslo.config parses sys.argv when
a service builds its WSGI app: reset it to the service's config files first.
OSCAR_WSGI_APP names the app ("module:attr"; a callable whose name starts with "init"
or "setup" is a factory and is called), OSCAR_WSGI_ARGS the oslo.config arguments, and
OSCAR_WSGI_WARM an optional "module:function" called once the app is built.
"""
import importlib
import os
import shlex
import sys

sys.argv = [os.environ.get("OSCAR_WSGI_NAME", "wsgi")] + shlex.split(os.environ.get("OSCAR_WSGI_ARGS", ""))
_module, _, _attr = os.environ["OSCAR_WSGI_APP"].partition(":")
_app = getattr(importlib.import_module(_module), _attr)
application = _app() if _attr.startswith(("init", "setup")) else _app

# Neutron builds its policy enforcer on the first request, and neutron.policy.init()
# publishes the enforcer before registering its rules: concurrent first requests to a
# fresh worker then see no rules (seen here: "rule:create_network is disallowed by
# policy", and external networks missing from a listing). Built here, before any request.
_warm = os.environ.get("OSCAR_WSGI_WARM")
if _warm:
    _wmod, _, _wfn = _warm.partition(":")
    getattr(importlib.import_module(_wmod), _wfn)()
