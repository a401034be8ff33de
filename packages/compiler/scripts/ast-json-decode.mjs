// Decodes scripts/ast_json.py output into src/ast-nodes.ts / src/constants.ts values
// (the JS twin of test/ast-from-python.ts, for the node oracle scripts).
const ELLIPSIS = Object.freeze({ kind: 'ellipsis' });

function decodeFloat(v) {
  return v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : v;
}

function decodeConst(v) {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  switch (v.$) {
    case 'int': return BigInt(v.v);
    case 'float': return decodeFloat(v.v);
    case 'complex': return { kind: 'complex', real: decodeFloat(v.real), imag: decodeFloat(v.imag) };
    case 'bytes': return { kind: 'bytes', value: Uint8Array.from(Buffer.from(v.hex, 'hex')) };
    case 'ellipsis': return ELLIPSIS;
    case 'str': return { kind: 'str', codePoints: v.cps };
    default: return { kind: v.$, items: v.items.map(decodeConst) };
  }
}

/** Decodes one JSON AST in place and returns it. */
export function decodeAstJson(v) {
  if (Array.isArray(v)) return v.map(decodeAstJson);
  if (v === null || typeof v !== 'object') return v;
  for (const k of Object.keys(v)) {
    if (k === 'value' && v._type === 'Constant') v.value = decodeConst(v.value);
    else if (v[k] !== null && typeof v[k] === 'object') v[k] = decodeAstJson(v[k]);
  }
  return v;
}
