# Counting and grouping with dicts (get, setdefault, in), sorted output.
text = """it was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text:
    if ch.isalpha():
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1
print(sorted(letters.items())[:6], sum(letters.values()))
hist = {}
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    hist[n] = hist.get(n, 0) + 1
for k in sorted(hist):
    print(k, '#' * hist[k])
first_seen = {}
for i, w in enumerate(text.split()):
    first_seen.setdefault(w, i)
print(first_seen)
pairs = {}
ws = text.split()
for a, b in zip(ws, ws[1:]):
    key = (a, b)
    pairs[key] = pairs.get(key, 0) + 1
print(max(pairs.items(), key=lambda kv: kv[1]))
