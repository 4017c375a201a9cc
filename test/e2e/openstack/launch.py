"""Starts the processes listed in STATE/processes.json in the background, and restarts
those that died at start-up.

Usage: launch.py STATE [+PREFIX | -PREFIX]...: only the names starting with a +PREFIX
(if any is given), minus those starting with a -PREFIX. Each process logs to
STATE/logs/NAME.log; its PID is appended to STATE/pids (stop.sh stops exactly those and
their children) and recorded by name in STATE/launched.json.

bootstrap.py calls revive() while it waits: with 68 processes starting at once on 2
cores, a service can exit at start-up (a gunicorn worker that fails to boot in time
takes its master down), and a wait for it would otherwise spin until its timeout.
"""
import json
import os
import subprocess
import sys

RESTARTS = 2  # per process; a process that keeps dying is a real failure


def _paths(state):
    return os.path.join(state, "processes.json"), os.path.join(state, "launched.json")


def _launched(state):
    path = _paths(state)[1]
    return json.load(open(path)) if os.path.exists(path) else {}


def _start(state, p, launched):
    log = open(os.path.join(state, "logs", p["name"] + ".log"), "ab")
    proc = subprocess.Popen(p["argv"], env={**os.environ, **p["env"]}, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    with open(os.path.join(state, "pids"), "a") as f:
        f.write(f"{proc.pid}\n")
    prev = launched.get(p["name"], {"restarts": -1})
    launched[p["name"]] = {"pid": proc.pid, "restarts": prev["restarts"] + 1}


def _save(state, launched):
    path = _paths(state)[1]
    with open(path + ".tmp", "w") as f:
        json.dump(launched, f)
    os.replace(path + ".tmp", path)


def launch(state, only=(), skip=()):
    launched = _launched(state)
    for p in json.load(open(_paths(state)[0])):
        if (only and not p["name"].startswith(tuple(only))) or (skip and p["name"].startswith(tuple(skip))):
            continue
        _start(state, p, launched)
    _save(state, launched)


def _alive(pid):
    try:  # reap it if it is our child (bootstrap does not launch, so normally it is not)
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill 0: its parent (launch.py) has exited, so init reaps it soon.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def revive(state, say):
    """Restarts launched processes that have exited (each at most RESTARTS times).
    Raises RuntimeError, with the end of its log, for one that keeps dying."""
    launched = _launched(state)
    procs = {p["name"]: p for p in json.load(open(_paths(state)[0]))}
    changed = False
    for name, rec in sorted(launched.items()):
        if _alive(rec["pid"]):
            continue
        with open(os.path.join(state, "logs", name + ".log"), "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 1500))
            tail = f.read().decode(errors="replace")
        if rec["restarts"] >= RESTARTS:
            raise RuntimeError(f"{name} exited {rec['restarts'] + 1} times; end of logs/{name}.log:\n{tail}")
        say(f"{name} (pid {rec['pid']}) exited at start-up; restarting it. End of its log:\n{tail[-600:]}")
        _start(state, procs[name], launched)
        changed = True
    if changed:
        _save(state, launched)


if __name__ == "__main__":
    launch(sys.argv[1], only=[a[1:] for a in sys.argv[2:] if a.startswith("+")],
           skip=[a[1:] for a in sys.argv[2:] if a.startswith("-")])
