# Ordering of strings by code point; sorting with keys; min/max.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zebra', '', 'a', 'aa', 'B']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print('a' < 'b' < 'c', 'Z' < 'a', 'é' > 'z', '😀' > 'é', 'abc' < 'abd', 'ab' < 'abc')
print('10' < '9', '10' < '2', int('10') < int('9'))
nums = ['10', '9', '100', '1', '20']
print(sorted(nums), sorted(nums, key=int), sorted(nums, key=lambda s: (len(s), s)))
pairs = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print('abc'.__lt__('abd'), 'abc'.__ge__('abc'), 'a'.__gt__('B'))
print(sorted('The Quick Brown Fox'.split(), key=str.casefold))
