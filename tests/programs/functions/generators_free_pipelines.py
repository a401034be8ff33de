# Data pipelines with map/filter/zip/enumerate/sorted and lists (no generators).
records = ['alice,34,NY', 'bob,27,SF', 'carol,41,NY', 'dan,19,LA', 'eve,34,SF', 'bad line', 'frank,x,NY']
def parse(line):
    parts = line.split(',')
    if len(parts) != 3:
        return None
    name, age, city = parts
    if not age.isdigit():
        return None
    return {'name': name, 'age': int(age), 'city': city}
rows = list(filter(None, map(parse, records)))
print(len(rows), [r['name'] for r in rows])
by_city = {}
for r in rows:
    by_city.setdefault(r['city'], []).append(r['name'])
print(sorted(by_city.items()))
oldest = max(rows, key=lambda r: (r['age'], r['name']))
print(oldest)
ages = sorted(map(lambda r: r['age'], rows))
print(ages, sum(ages) / len(ages), ages[len(ages) // 2])
ranked = sorted(rows, key=lambda r: (-r['age'], r['name']))
for rank, r in enumerate(ranked, 1):
    print(rank, r['name'], r['age'])
pairs = list(zip([r['name'] for r in rows], [r['name'] for r in rows][1:]))
print(pairs)
adults = list(map(str.title, [r['name'] for r in rows if r['age'] >= 21]))
print(adults)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])), list(map(max, [1, 5], [4, 2])))
print(dict(zip(*[['k1', 'k2'], ['v1', 'v2']])), list(enumerate(reversed('abc'))))
