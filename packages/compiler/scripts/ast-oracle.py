#!/usr/bin/env python3
"""The CPython side of the AST oracle: CPython 3.11's own ast.parse and ast.dump.

Modes (one process per call; input on stdin):
  --list              print the sorted stdlib .py files CPython parses (one per line)
  --files             read file paths (one per line); print one JSON line per file:
                      {"path", "dump"} or {"path", "error": [type, msg, lineno, offset]}
  --snippets          read a JSON array of sources (str, [str, mode] or {"latin1": str}
                      for bytes); print a JSON array of
                      {"dump"} / {"error": [...]} (SyntaxError family only)
  --doctest MODULE    print a JSON array of the doctest example sources in MODULE's
                      docstring (e.g. test.test_syntax: CPython's own syntax-error cases)
  --strings FILE...   print a JSON array of the distinct short str constants in the given
                      stdlib files (relative paths; CPython's test modules are full of
                      source snippets, valid and invalid)
  --time              read file paths; print {"seconds", "bytes"}: time spent in
                      ast.parse over all of them (reading excluded), best of REPEAT
"""
import ast
import json
import os
import sys
import sysconfig
import time
import warnings

warnings.simplefilter('ignore')


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', 'dist-packages', '__pycache__'))
        for f in filenames:
            if f.endswith('.py'):
                path = os.path.join(dirpath, f)
                try:
                    with open(path, 'rb') as fh:
                        ast.parse(fh.read())
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    continue
                out.append(path)
    out.sort()
    return out


def error_tuple(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset]


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else '--list'
    if mode == '--list':
        for p in stdlib_files():
            print(p)
    elif mode == '--files':
        for line in sys.stdin:
            path = line.rstrip('\n')
            if not path:
                continue
            with open(path, 'rb') as fh:
                data = fh.read()
            try:
                rec = {'path': path, 'dump': ast.dump(ast.parse(data), include_attributes=True)}
            except SyntaxError as e:
                rec = {'path': path, 'error': error_tuple(e)}
            except (ValueError, RecursionError, MemoryError) as e:
                rec = {'path': path, 'error': [type(e).__name__, str(e), 0, 0]}
            sys.stdout.write(json.dumps(rec) + '\n')
    elif mode == '--snippets':
        out = []
        for item in json.load(sys.stdin):
            # An item is a source string, or [source, mode] with mode exec/eval/single/func_type,
            # or {"latin1": text} for bytes (each char one byte).
            mode = 'exec'
            if isinstance(item, list):
                item, mode = item
            if isinstance(item, dict):
                item = item['latin1'].encode('latin-1')
            try:
                out.append({'dump': ast.dump(ast.parse(item, mode=mode), include_attributes=True)})
            except SyntaxError as e:
                out.append({'error': error_tuple(e)})
            except (ValueError, RecursionError, MemoryError) as e:
                out.append({'error': [type(e).__name__, str(e), 0, 0]})
        json.dump(out, sys.stdout)
    elif mode == '--doctest':
        import doctest
        import importlib
        doc = importlib.import_module(sys.argv[2]).__doc__ or ''
        json.dump([ex.source for ex in doctest.DocTestParser().get_examples(doc)], sys.stdout)
    elif mode == '--strings':
        root = sysconfig.get_paths()['stdlib']
        found = set()
        for rel in sys.argv[2:]:
            path = os.path.join(root, rel)
            if not os.path.exists(path):
                continue
            with open(path, 'rb') as fh:
                tree = ast.parse(fh.read())
            for n in ast.walk(tree):
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) < 300:
                    found.add(n.value)
        json.dump(sorted(found), sys.stdout)
    elif mode == '--time':
        repeat = int(os.environ.get('REPEAT', '3'))
        sources = []
        for line in sys.stdin:
            path = line.rstrip('\n')
            if path:
                with open(path, 'rb') as fh:
                    sources.append(fh.read())
        best = None
        for _ in range(repeat):
            t0 = time.perf_counter()
            for s in sources:
                ast.parse(s)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        json.dump({'seconds': best, 'bytes': sum(len(s) for s in sources)}, sys.stdout)
    else:
        sys.exit('unknown mode ' + mode)


if __name__ == '__main__':
    main()
