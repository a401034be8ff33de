#!/usr/bin/env python3
"""CPython 3.11's ast module as JSON in the shape of src/ast-nodes.ts (the compiler's test oracle).

Every node is an object with `_type` (CPython's class name), its fields in CPython's
order and, for located nodes, lineno/col_offset/end_lineno/end_col_offset. Enum nodes
(Load, Add, Eq, ...) are plain strings. Constant values are tagged so that
test/ast-from-python.ts turns them into src/constants.ts values:
  None/True/False -> null/true/false; str -> JSON string, or {"$": "str", "cps": [code points]}
  when it holds a surrogate code point (src/constants.ts StrConstant);
  int -> {"$": "int", "v": "<decimal>"}; float -> {"$": "float", "v": <number> | "inf" | "-inf" | "nan"};
  complex -> {"$": "complex", "real": f, "imag": f} (f as for float); bytes -> {"$": "bytes", "hex": "..."};
  Ellipsis -> {"$": "ellipsis"}; tuple/frozenset -> {"$": "tuple"|"frozenset", "items": [...]}.

Input (stdin): a JSON array of jobs, each {"source": str} or {"path": str}, with optional
"mode" (exec/eval/single), "filename" and "compile" (also run compile() and report
"compile_error" when CPython's compiler rejects the tree, else "code": the metadata of
every code object, depth first: name, qualname, firstlineno, arg counts, flags,
varnames, cellvars, freevars). Output (stdout): a JSON array of results, each
{"ast": node} or {"error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}}.
"""
import ast
import json
import math
import re
import sys
import warnings

warnings.simplefilter('ignore')
if hasattr(sys, 'set_int_max_str_digits'):
    sys.set_int_max_str_digits(0)

SURROGATE = re.compile('[\ud800-\udfff]')
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def enc_float(f):
    if math.isnan(f):
        return 'nan'
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


def enc_const(v):
    if v is None or v is True or v is False:
        return v
    if isinstance(v, str):
        if SURROGATE.search(v):
            return {'$': 'str', 'cps': [ord(c) for c in v]}
        return v
    if isinstance(v, int):
        return {'$': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'$': 'float', 'v': enc_float(v)}
    if isinstance(v, complex):
        return {'$': 'complex', 'real': enc_float(v.real), 'imag': enc_float(v.imag)}
    if isinstance(v, bytes):
        return {'$': 'bytes', 'hex': v.hex()}
    if v is Ellipsis:
        return {'$': 'ellipsis'}
    if isinstance(v, tuple):
        return {'$': 'tuple', 'items': [enc_const(x) for x in v]}
    if isinstance(v, frozenset):
        return {'$': 'frozenset', 'items': [enc_const(x) for x in v]}
    raise TypeError('unexpected constant %r' % (v,))


def enc(node):
    if node is None:
        return None
    if isinstance(node, list):
        return [enc(x) for x in node]
    if isinstance(node, ENUMS):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {'_type': type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if isinstance(node, ast.Constant) and f == 'value':
            out[f] = enc_const(v)
        else:
            out[f] = enc(v)
    if 'lineno' in node._attributes:
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            out[a] = getattr(node, a, None)
    return out


def code_meta(co, out):
    """The code object tree's metadata, depth first (for the compiler oracle)."""
    out.append({'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
                'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
                'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags, 'varnames': list(co.co_varnames),
                'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars)})
    for c in co.co_consts:
        if isinstance(c, type(co)):
            code_meta(c, out)
    return out


def error(e):
    return {'type': type(e).__name__, 'msg': getattr(e, 'msg', str(e)), 'lineno': getattr(e, 'lineno', None),
            'offset': getattr(e, 'offset', None), 'end_lineno': getattr(e, 'end_lineno', None),
            'end_offset': getattr(e, 'end_offset', None)}


def main():
    jobs = json.load(sys.stdin)
    out = []
    for job in jobs:
        try:
            if 'path' in job:
                with open(job['path'], 'rb') as fh:
                    src = fh.read()
            else:
                src = job['source']
            tree = ast.parse(src, job.get('filename', '<unknown>'), job.get('mode', 'exec'))
            rec = {'ast': enc(tree)}
            if job.get('compile'):
                try:
                    co = compile(tree, job.get('filename', '<unknown>'), job.get('mode', 'exec'), dont_inherit=True)
                    rec['code'] = code_meta(co, [])
                except SyntaxError as e:
                    rec['compile_error'] = error(e)
            out.append(rec)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            out.append({'error': error(e)})
    sys.stdout.write(json.dumps(out, ensure_ascii=True))


if __name__ == '__main__':
    main()
