# A binary-heap priority queue by hand, used for task scheduling and Dijkstra's shortest paths.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        h = self.heap
        h.append(entry)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[parent] <= h[i]:
                break
            h[parent], h[i] = h[i], h[parent]
            i = parent

    def pop(self):
        if not self.heap:
            raise IndexError('pop from empty queue')
        h = self.heap
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            n = len(h)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                small = i
                if l < n and h[l] < h[small]:
                    small = l
                if r < n and h[r] < h[small]:
                    small = r
                if small == i:
                    break
                h[i], h[small] = h[small], h[i]
                i = small
        return top[0], top[2]


pq = PriorityQueue()
for pri, task in [(3, 'write tests'), (1, 'fix build'), (2, 'review'), (1, 'reply email'), (5, 'lunch'), (2, 'deploy')]:
    pq.push(pri, task)
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print('IndexError', e)
nums = PriorityQueue()
x = 7
for _ in range(50):
    x = (x * 31 + 11) % 997
    nums.push(x, x)
out = [nums.pop()[0] for _ in range(50)]
print(out == sorted(out), out[:10])
GRAPH = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
    'G': {},
}


def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    q = PriorityQueue()
    q.push(0, src)
    done = set()
    while q:
        d, node = q.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                q.push(nd, nxt)
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra(GRAPH, 'A')
for node in sorted(GRAPH):
    if node in dist:
        print(node, dist[node], '->'.join(path(prev, node)))
    else:
        print(node, 'unreachable')
