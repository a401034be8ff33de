#!/usr/bin/env python3
"""The CPython side of the symbol-table oracle (see scripts/symtable-oracle.mjs).

  --list      print the sorted stdlib .py files CPython compiles (site-packages skipped)
  --sample K  like --dump, for every K-th stdlib .py file in sorted order (uncompiled list;
              no stdin); each result also carries "path"
  --errors    stdin: JSON array of sources; stdout: JSON array of {"ast", "error"} where
              error is compile()'s SyntaxError (or null)
  --dump      stdin: JSON array of jobs {"path"} or {"source"}; stdout: JSON array of
              {"ast": <as scripts/ast_json.py>, "symtable": <tree>} or {"error": {...}}
              where a tree is {"type", "name", "lineno", "symbols": {name: flags}, "children": [...]}
"""
import json
import os
import sys
import symtable
import sysconfig
import warnings
import ast
import importlib.util

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_json  # noqa: E402

warnings.simplefilter('ignore')


def all_stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', 'dist-packages', '__pycache__'))
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith('.py'))
    out.sort()
    return out


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
                        compile(fh.read(), path, 'exec', dont_inherit=True)
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    continue
                out.append(path)
    out.sort()
    return out


def tree(t):
    return {'type': t.get_type(), 'name': t.get_name(), 'lineno': t.get_lineno(),
            'symbols': dict(t._table.symbols), 'children': [tree(c) for c in t.get_children()]}


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else '--list'
    if mode == '--list':
        for p in stdlib_files():
            print(p)
        return
    if mode == '--errors':
        out = []
        for src in json.load(sys.stdin):
            rec = {'ast': ast_json.enc(ast.parse(src)), 'error': None}
            try:
                compile(src, '<string>', 'exec', dont_inherit=True)
            except SyntaxError as e:
                rec['error'] = ast_json.error(e)
            out.append(rec)
        sys.stdout.write(json.dumps(out, ensure_ascii=True))
        return
    if mode == '--sample':
        jobs = [{'path': p} for p in all_stdlib_files()[::int(sys.argv[2])]]
    else:
        jobs = json.load(sys.stdin)
    out = []
    for job in jobs:
        if 'path' in job:
            with open(job['path'], 'rb') as fh:
                src = fh.read()
            filename = job['path']
        else:
            src = job['source']
            filename = '<string>'
        try:
            a = ast.parse(src, filename)
            st = symtable.symtable(src if isinstance(src, str) else importlib.util.decode_source(src), filename, 'exec')
            out.append({'path': filename, 'ast': ast_json.enc(a), 'symtable': tree(st)})
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            out.append({'error': ast_json.error(e)})
    sys.stdout.write(json.dumps(out, ensure_ascii=True))


if __name__ == '__main__':
    main()
