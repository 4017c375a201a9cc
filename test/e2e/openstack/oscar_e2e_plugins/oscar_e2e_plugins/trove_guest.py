"""Trove's guest agent for the e2e cloud: the wheel's own fake (trove.tests.fakes.guestagent),
made importable and brought up to trove 26.0.0's guest API.

Trove builds the real server, volume and ports; only the agent that would run MySQL inside
the server is fake. It keeps each instance's databases, users and grants in the memory of
the process that calls it: trove-api (databases, users) and trove-taskmanager (prepare).

configure.py sets remote_guest_client = oscar_e2e_plugins.trove_guest.guest_client
"""
import trove.tests.util
from trove.extensions.common.common import unquote_user_host

# The wheel ships the fake but not trove/tests/util/__init__.py, which held this helper
# (the same function lives on in trove.extensions.common.common).
trove.tests.util.unquote_user_host = unquote_user_host
from trove.tests.fakes import guestagent  # noqa: E402  (needs the helper above)

# What 26.0.0's guestagent.api.API.prepare sends beyond the fake's parameters.
_NEWER_PREPARE_ARGS = ("ds_version",)


class Guest(guestagent.FakeGuest):
    """The fake, with the signatures of 26.0.0's guest API where they changed."""

    def prepare(self, memory_mb, packages, databases, users, **kwargs):
        for k in _NEWER_PREPARE_ARGS:
            kwargs.pop(k, None)
        return super().prepare(memory_mb, packages, databases, users, **kwargs)

    def stop_db(self, do_not_start_on_reboot=False):
        return super().stop_db()

    def reset_configuration(self, configuration):
        return super().reset_configuration(configuration)

    def module_list(self, include_contents=False):
        return []

    def module_apply(self, modules=None):
        return []

    def module_remove(self, module=None):
        pass


_GUESTS = {}


def guest_client(context, id, manager=None):
    """remote_guest_client: one guest per instance id, per process."""
    if id not in _GUESTS:
        _GUESTS[id] = Guest(id)
    return _GUESTS[id]
