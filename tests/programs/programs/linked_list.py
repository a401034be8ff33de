# A singly linked list class with iteration, indexing, reversal, insertion, deletion and merge.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return LinkedListIter(self.head)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('linked list index out of range')
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur.value

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f'{v!r} not in list')

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return 'LL[' + ' -> '.join([repr(v) for v in self]) + ']'

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class LinkedListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


def merge(a, b):
    out = LinkedList()
    ia, ib = list(a), list(b)
    i = j = 0
    while i < len(ia) or j < len(ib):
        if j >= len(ib) or (i < len(ia) and ia[i] <= ib[j]):
            out.append(ia[i])
            i += 1
        else:
            out.append(ib[j])
            j += 1
    return out


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 9 in ll)
ll.append(9)
ll.push_front(0)
print(ll, len(ll), sum(ll), max(ll))
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll), [x * 2 for x in ll])
for bad in [lambda: ll[100], lambda: ll.remove(42)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(merge(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
print(LinkedList() == LinkedList([]), LinkedList([1]) == LinkedList([1]), LinkedList('ab'))
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
