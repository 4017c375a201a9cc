"""Test-only OpenStack plugins for oscar-blueprints' end-to-end tests."""
