# String concatenation, repetition, comparison, membership, iteration, conversion.
a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * a, a * 0, repr(a * -2), a * True)
print(a < b, a == "abc", a != b, "a" < "B", "B" < "a", "abc" < "abcd", "" == "")
print("b" in a, "bc" in a, "cb" in a, "" in "", "A" in a)
for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aab") == {'a', 'b'}, sorted("banana"))
print(str(123), str(-4.5), str([1, 'a']), str(None), str(True), str(b'x'), str())
print(len("abc" * 1000), ("ab" * 50)[97:], "x".join(["1"] * 4))
s = ""
for i in range(10):
    s += str(i)
print(s, len(s), s[::-1], s[3:7] * 2)
print(max("apple", "banana", "cherry"), min(["bb", "a", "ccc"], key=len), sorted(["b", "A", "a", "B"]))
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "ab".__mul__(2), "a".__eq__("a"))
words = "the cat sat on the mat".split()
print(" ".join(reversed(words)), " ".join(sorted(set(words))), len(words))
print("%s|%s" % ("a" "b" "c", """tri
ple"""), r"raw\n\t", len(r"\n"), 'single' + "double")
print("ab" == "a" + "b", "ab" != None, "abc"[1] == "b")
try:
    "a" + 1
except TypeError as e:
    print('TypeError', e)
try:
    "a" * "b"
except TypeError as e:
    print('TypeError', e)
try:
    "a" < 1
except TypeError as e:
    print('TypeError', e)
