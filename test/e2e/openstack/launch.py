"""Starts every process listed in STATE/processes.json in the background.

Usage: launch.py STATE [+PREFIX | -PREFIX]...: only the names starting with a +PREFIX
(if any is given), minus those starting with a -PREFIX. Each process logs to STATE/logs/NAME.log and
its PID is appended to STATE/pids (stop.sh stops exactly those and their children).
"""
import json
import os
import subprocess
import sys

state = sys.argv[1]
only = tuple(a[1:] for a in sys.argv[2:] if a.startswith("+"))
skip = tuple(a[1:] for a in sys.argv[2:] if a.startswith("-"))
for p in json.load(open(os.path.join(state, "processes.json"))):
    if (only and not p["name"].startswith(only)) or (skip and p["name"].startswith(skip)):
        continue
    log = open(os.path.join(state, "logs", p["name"] + ".log"), "ab")
    proc = subprocess.Popen(p["argv"], env={**os.environ, **p["env"]}, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    with open(os.path.join(state, "pids"), "a") as f:
        f.write(f"{proc.pid}\n")
