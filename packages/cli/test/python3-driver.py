"""The python3 side of the differential runner (packages/cli/test/programs.test.ts).

Reads a JSON list of absolute program paths on stdin and runs each one exactly as a user
would -- `python3 NAME.py` in a fresh process, cwd = the program's directory, no arguments,
PYTHONHASHSEED=0 -- two at a time. Writes one JSON object {path: {stdout, stderr, status}}
to stdout. A program that runs longer than the timeout gets status None and the stderr
line "timeout".
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TIMEOUT_SECONDS = 60
PARALLELISM = 2


def run(path):
    env = dict(os.environ, PYTHONHASHSEED='0')
    # The driver may itself run with -X options or PYTHON* variables set by the caller;
    # the program must not inherit them.
    for name in ('PYTHONDEVMODE', 'PYTHONWARNINGS', 'PYTHONSTARTUP', 'PYTHONINSPECT', 'PYTHONUNBUFFERED'):
        env.pop(name, None)
    try:
        p = subprocess.run(
            [sys.executable, os.path.basename(path)],
            cwd=os.path.dirname(path),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return {'stdout': '', 'stderr': 'timeout\n', 'status': None}
    return {
        'stdout': p.stdout.decode('utf-8', 'replace'),
        'stderr': p.stderr.decode('utf-8', 'replace'),
        'status': p.returncode,
    }


def main():
    paths = json.load(sys.stdin)
    with ThreadPoolExecutor(PARALLELISM) as pool:
        results = dict(zip(paths, pool.map(run, paths)))
    json.dump(results, sys.stdout)


if __name__ == '__main__':
    main()
