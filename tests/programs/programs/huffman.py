# Huffman compression: build the tree with a sorted list as priority queue, encode, decode, and measure.
def build(freq):
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    if len(nodes) == 1:
        return {nodes[0][2]: '0'}
    while len(nodes) > 1:
        nodes.sort()
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], order, (a[2], b[2])))
        order += 1
    codes = {}

    def walk(tree, prefix):
        if isinstance(tree, tuple):
            walk(tree[0], prefix + '0')
            walk(tree[1], prefix + '1')
        else:
            codes[tree] = prefix
    walk(nodes[0][2], '')
    return codes


def encode(text, codes):
    return ''.join([codes[ch] for ch in text])


def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out = []
    cur = ''
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ''
    if cur:
        raise ValueError('trailing bits: ' + cur)
    return ''.join(out)


def frequencies(text):
    f = {}
    for ch in text:
        f[ch] = f.get(ch, 0) + 1
    return f


texts = ['abracadabra', 'mississippi river', 'aaaaaaaa', 'the quick brown fox jumps over the lazy dog',
         'pergil runs python programs in shared memory heaps']
for text in texts:
    freq = frequencies(text)
    codes = build(freq)
    bits = encode(text, codes)
    assert decode(bits, codes) == text
    table = ' '.join([f'{ch!r}:{codes[ch]}' for ch in sorted(codes, key=lambda c: (len(codes[c]), c))][:6])
    print(f'{len(text) * 8:4d} -> {len(bits):4d} bits ({len(bits) / (len(text) * 8):.1%})  {table}')
codes = build(frequencies(texts[0]))
bits = encode(texts[0], codes)
print(bits, decode(bits, codes))
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, 'big')
print(packed.hex(), len(packed))
try:
    decode(bits + '1', codes)
except ValueError as e:
    print('ValueError', e)
prefix_free = True
vals = list(codes.values())
for a in vals:
    for b in vals:
        if a != b and b.startswith(a):
            prefix_free = False
print('prefix free', prefix_free)
