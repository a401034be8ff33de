# Lists used as stacks and queues; in-place algorithms on lists.
stack = []
for tok in '3 4 + 2 * 7 -'.split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b = stack.pop()
        a = stack.pop()
        if tok == '+':
            stack.append(a + b)
        elif tok == '-':
            stack.append(a - b)
        else:
            stack.append(a * b)
print('rpn', stack)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(seen[:15], len(seen))
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ['()', '([]{})', '(]', '((', '', 'a(b)c']])
arr = [5, 3, 8, 1, 9, 2]
i, j = 0, len(arr) - 1
while i < j:
    arr[i], arr[j] = arr[j], arr[i]
    i += 1
    j -= 1
print(arr)
def rotate(l, k):
    k %= len(l)
    return l[-k:] + l[:-k]
print(rotate(list(range(7)), 3), rotate(list(range(7)), -2), rotate([1], 5))
uniq = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in uniq:
        uniq.append(x)
print(uniq)
