"""Starts every process listed in STATE/processes.json in the background.

Usage: launch.py STATE [NAME_PREFIX...]. Each process logs to STATE/logs/NAME.log and
its PID is appended to STATE/pids (stop.sh stops exactly those and their children).
"""
import json
import os
import subprocess
import sys

state, prefixes = sys.argv[1], tuple(sys.argv[2:])
for p in json.load(open(os.path.join(state, "processes.json"))):
    if prefixes and not p["name"].startswith(prefixes):
        continue
    log = open(os.path.join(state, "logs", p["name"] + ".log"), "ab")
    proc = subprocess.Popen(p["argv"], env={**os.environ, **p["env"]}, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    with open(os.path.join(state, "pids"), "a") as f:
        f.write(f"{proc.pid}\n")
