# A collection class implementing __iter__ (with an iterator class), __getitem__ with slices, __len__, __reversed__.
class Deck:
    ranks = '23456789TJQKA'
    suits = 'shdc'
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.cards[i]
        return self.cards[i]
    def __iter__(self):
        return DeckIter(self.cards)
    def __reversed__(self):
        return DeckIter(self.cards[::-1])
class DeckIter:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        c = self.cards[self.i]
        self.i += 1
        return c
d = Deck()
print(len(d), d[0], d[-1], d[:5], d[::13])
print(list(reversed(d))[:3], 'As' in d, 'Zz' in d)
hearts = [c for c in d if c.endswith('h')]
print(len(hearts), hearts[:4])
def shuffle(cards, seed):
    cards = list(cards)
    for i in range(len(cards) - 1, 0, -1):
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        j = seed % (i + 1)
        cards[i], cards[j] = cards[j], cards[i]
    return cards
hand = shuffle(d, 42)[:5]
print(hand, sorted(hand, key=lambda c: Deck.ranks.index(c[0])))
counts = {}
for c in d:
    counts[c[1]] = counts.get(c[1], 0) + 1
print(counts)
