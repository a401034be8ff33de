# str.encode and bytes.decode with utf-8, ascii, latin-1 and error handlers.
s = "héllo wörld 😀"
b = s.encode()
print(b, len(b), b.decode(), b.decode('utf-8') == s)
print(s.encode('utf-8'), "abc".encode('ascii'), "é".encode('latin-1'), "é".encode('utf-8'))
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'))
print(s.encode('latin-1', 'replace'), s.encode('ascii', 'xmlcharrefreplace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
bad = b'abc\xff\xfedef'
try:
    bad.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(bad.decode('utf-8', 'ignore'), bad.decode('utf-8', 'replace'), bad.decode('latin-1'))
print(bad.decode('utf-8', 'backslashreplace'), bad.decode('ascii', 'replace'))
print(b'\xe2\x82\xac'.decode(), b'\xf0\x9f\x98\x80'.decode('utf-8'), bytes([0xc3, 0xa9]).decode())
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(b'x\xffy', 'utf-8', 'replace'))
print("".encode(), b"".decode(), "\x00".encode(), "\u07ff\u0800\uffff\U00010000".encode())
for cp in [0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff]:
    e = chr(cp).encode('utf-8')
    print(hex(cp), len(e), e.hex(), e.decode() == chr(cp))
try:
    "x".encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
print("ÀÉ".encode('utf-8').decode('latin-1'), 'UTF8 alias', "é".encode('UTF8'), "é".encode('utf_8'))
