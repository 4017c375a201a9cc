"""The fake nova-compute hosts of a compute set, forked from one process that imported Nova.

Nova loads its driver only from the nova.virt package ("nova.virt.<compute_driver>"), so
the NUMA fake driver is registered there as nova.virt.oscar_numa before a host starts.

Each host is still a plain nova-compute process (nova.cmd.compute.main, its own config
file, CONF.host and log), but they fork from a parent that has already imported Nova:
started one by one, 49 hosts spent about 170 CPU-seconds importing it at every start of
the cloud, and each held its own copy of the modules (7.2 GB in all). gc.freeze() keeps
the shared pages from being copied when the children's collector walks them.

Usage: python -m oscar_e2e_plugins.nova_compute LOGDIR NOVA_CONF HOST_CONF...
Each host logs to LOGDIR/nova-compute-<host>.log (the host is named in its HOST_CONF's
file name, compute-<host>.conf). The parent waits; when a host exits it stops the others
and exits too, so launch.py sees the set die and can restart it.
"""
import gc
import os
import signal
import sys
import traceback


def _host(conf):
    name = os.path.basename(conf)
    if not (name.startswith("compute-") and name.endswith(".conf")):
        sys.exit(f"nova_compute: {conf} is not named compute-<host>.conf")
    return name[len("compute-"):-len(".conf")]


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: python -m oscar_e2e_plugins.nova_compute LOGDIR NOVA_CONF HOST_CONF...")
    logdir, nova_conf, host_confs = argv[0], argv[1], argv[2:]
    hosts = [_host(conf) for conf in host_confs]  # all checked before the first fork
    # nova.cmd monkey-patches (threading mode) on import: it must come first.
    from nova.cmd import compute
    import nova.compute.manager  # noqa: F401 - what Service.create imports, shared by every child

    from oscar_e2e_plugins import nova_driver

    sys.modules["nova.virt.oscar_numa"] = nova_driver
    gc.freeze()
    children = {}
    for host, conf in zip(hosts, host_confs):
        pid = os.fork()
        if pid == 0:
            log = os.open(os.path.join(logdir, f"nova-compute-{host}.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.dup2(log, 1)
            os.dup2(log, 2)
            sys.argv = ["nova-compute", "--config-file", nova_conf, "--config-file", conf]
            code = 1
            try:  # the child must never return into the parent's loop
                code = compute.main() or 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children[pid] = host
    pid, status = os.wait()
    print(f"nova_compute: host {children.pop(pid)} (pid {pid}) exited with code {os.waitstatus_to_exitcode(status)}; "
          f"stopping the other {len(children)} hosts", file=sys.stderr, flush=True)
    for other in children:
        try:
            os.kill(other, signal.SIGTERM)
        except ProcessLookupError:
            pass
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
