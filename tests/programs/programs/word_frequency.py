# Word frequency counting over a text: normalisation, counting, ranking, n-grams, a bar chart.
TEXT = """
It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the
feelings or views of such a man may be on his first entering a
neighbourhood, this truth is so well fixed in the minds of the
surrounding families, that he is considered the rightful property of
some one or other of their daughters. "My dear Mr. Bennet," said his
lady to him one day, "have you heard that Netherfield Park is let at
last?" Mr. Bennet replied that he had not.
"""

STOP = {'a', 'of', 'the', 'is', 'in', 'that', 'to', 'or', 'be', 'he', 'his', 'at', 'on', 'so'}


def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def count(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


ws = words(TEXT)
print('total words', len(ws), 'distinct', len(set(ws)))
freq = count(ws)
for w, c in top(freq, 8):
    print(f'{w:>12} {c:3d} ' + '#' * c)
content = {w: c for w, c in freq.items() if w not in STOP}
print('content words', top(content, 5))
bigrams = count([ws[i] + ' ' + ws[i + 1] for i in range(len(ws) - 1)])
print('bigrams', [b for b in top(bigrams, 4)])
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len)[-3:]:
    print(length, sorted(by_len[length]))
letters = count([ch for ch in TEXT.lower() if ch.isalpha()])
vowels = sum([letters.get(v, 0) for v in 'aeiou'])
print('letters', sum(letters.values()), 'vowels', vowels, 'ratio', round(vowels / sum(letters.values()), 4))
print('most common letter', max(letters, key=lambda k: (letters[k], k)))
singletons = sorted([w for w, c in freq.items() if c == 1])
print(len(singletons), singletons[:10])
first = {}
for i, w in enumerate(ws):
    if w not in first:
        first[w] = i
print([w for w in first][:12])
longest = max(ws, key=len)
print('longest', longest, len(longest), 'avg', round(sum([len(w) for w in ws]) / len(ws), 3))
