// CPython's Parser/tokenizer.c source decoding (decoding_fgets, check_coding_spec,
// check_bom) and the UTF-8 byte arithmetic behind the AST's byte columns.

import { PySyntaxError } from './errors.js';

/** Number of UTF-8 bytes encoding `s[start..end)`. @internal */
export function utf8Length(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The character index in `line` of UTF-8 byte offset `byteOffset`. @internal */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteOffset) {
    bytes += utf8Length(line, i, i + 1 + (line.charCodeAt(i) >= 0xd800 && line.charCodeAt(i) <= 0xdbff ? 1 : 0));
    i += line.charCodeAt(i) >= 0xd800 && line.charCodeAt(i) <= 0xdbff ? 2 : 1;
  }
  return i;
}

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: the canonical spelling of a coding cookie's encoding. */
function normalEncoding(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (lower === 'latin-1' || lower === 'iso-8859-1' || lower === 'iso-latin-1'
    || lower.startsWith('latin-1-') || lower.startsWith('iso-8859-1-') || lower.startsWith('iso-latin-1-')) {
    return 'iso-8859-1';
  }
  return lower;
}

function decodeError(filename: string, msg: string, lineno = 0): PySyntaxError {
  return new PySyntaxError({
    kind: 'SyntaxError', msg, filename, lineno, offset: 0, text: null, end_lineno: null, end_offset: null,
  });
}

/**
 * Decodes source bytes as CPython does: a UTF-8 BOM, else a PEP 263 coding cookie on
 * line 1 or 2, else UTF-8. Supports the encodings TextDecoder knows.
 * @internal
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let offset = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    offset = 3;
    bom = true;
  }
  // Look for a coding cookie in the first two lines (read as latin-1).
  let encoding = 'utf-8';
  let lineStartIdx = offset;
  for (let line = 0; line < 2 && lineStartIdx < bytes.length; line++) {
    let e = lineStartIdx;
    while (e < bytes.length && bytes[e] !== 10 && bytes[e] !== 13) e++;
    let text = '';
    for (let i = lineStartIdx; i < e; i++) text += String.fromCharCode(bytes[i]);
    const m = CODING_RE.exec(text);
    if (m) {
      encoding = normalEncoding(m[1]);
      if (bom && encoding !== 'utf-8') throw decodeError(filename, `encoding problem: ${m[1]} with BOM`, line + 1);
      break;
    }
    // Only a blank or comment line may precede the cookie line.
    if (!/^[ \t\f]*(#.*)?$/.test(text)) break;
    lineStartIdx = e + 1;
    if (bytes[e] === 13 && bytes[e + 1] === 10) lineStartIdx++;
  }
  let decoder: { decode(input: Uint8Array): string };
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw decodeError(filename, `unknown encoding: ${encoding}`);
  }
  try {
    return decoder.decode(bytes.subarray(offset));
  } catch {
    throw decodeError(filename, `(unicode error) '${encoding === 'utf-8' ? 'utf-8' : encoding}' codec can't decode bytes`);
  }
}

/** CPython's translate_newlines: `\r\n` and `\r` become `\n`. @internal */
export function normalizeNewlines(src: string): string {
  return src.indexOf('\r') < 0 ? src : src.replace(/\r\n?/g, '\n');
}
