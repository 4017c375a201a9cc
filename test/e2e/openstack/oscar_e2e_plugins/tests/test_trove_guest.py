"""The Trove guest plugin (its own file: Trove and Nova register the same oslo.config options,
so setup.sh runs each test file in its own interpreter)."""


def test_trove_guest_answers_the_api_calls_of_a_database_and_a_user():
    # What trove-api asks the guest when Terraform creates, reads and deletes them.
    from oscar_e2e_plugins import trove_guest
    g = trove_guest.guest_client(None, "instance-1")
    assert trove_guest.guest_client(None, "instance-1") is g
    g.create_database([{"_name": "orders", "_character_set": "utf8mb4", "_collate": ""}])
    g.create_user([{"_name": "orders_app", "_host": "%", "_password": "x", "_databases": [{"_name": "orders"}]}])
    dbs, _ = g.list_databases()
    assert [d["_name"] for d in dbs] == ["orders"]
    users, _ = g.list_users()
    assert {u["_name"] for u in users} == {"os_admin", "orders_app"}
    assert [d["_name"] for d in g.list_access("orders_app", "%")] == ["orders"]
    g.delete_user({"_name": "orders_app", "_host": "%"})
    g.delete_database({"_name": "orders"})
    assert g.list_databases()[0] == [] and {u["_name"] for u in g.list_users()[0]} == {"os_admin"}


def test_trove_guest_takes_the_prepare_and_stop_arguments_of_trove_26():
    import inspect
    from trove.guestagent import api
    from oscar_e2e_plugins import trove_guest
    for name in ("prepare", "stop_db", "reset_configuration", "module_list", "module_apply", "module_remove"):
        ours = inspect.signature(getattr(trove_guest.Guest, name)).bind  # raises on a mismatch
        params = [p for p in inspect.signature(getattr(api.API, name)).parameters if p != "self"]
        ours(None, **{p: None for p in params})
