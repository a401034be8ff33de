# Formatting a sales report: aligned columns, totals, percentages, grouping and a bar chart.
SALES = [
    ('north', 'widgets', 1200, 3.5),
    ('south', 'widgets', 800, 3.5),
    ('north', 'gadgets', 150, 24.99),
    ('east', 'gizmos', 430, 12.0),
    ('south', 'gadgets', 95, 24.99),
    ('west', 'widgets', 2210, 3.25),
    ('east', 'widgets', 640, 3.5),
    ('west', 'gizmos', 75, 12.5),
    ('north', 'gizmos', 310, 11.75),
]


def money(v):
    return f'${v:,.2f}'


def table(headers, rows, aligns):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    def fmt(cells):
        out = []
        for cell, w, a in zip(cells, widths, aligns):
            out.append(cell.ljust(w) if a == '<' else cell.rjust(w))
        return '| ' + ' | '.join(out) + ' |'
    sep = '+-' + '-+-'.join(['-' * w for w in widths]) + '-+'
    lines = [sep, fmt(headers), sep.replace('-', '=')]
    for row in rows:
        lines.append(fmt(row))
    lines.append(sep)
    return '\n'.join(lines)


rows = []
grand = 0
for region, product, qty, price in SALES:
    revenue = qty * price
    grand += revenue
    rows.append((region, product, qty, price, revenue))
rows.sort(key=lambda r: (-r[4], r[0]))
text_rows = [(r, p, f'{q:,}', money(pr), money(rev)) for r, p, q, pr, rev in rows]
print(table(('Region', 'Product', 'Qty', 'Price', 'Revenue'), text_rows, '<<>>>'))
print(f'{"Grand total":>40}: {money(grand)}')
by_region = {}
for r, p, q, pr, rev in rows:
    by_region[r] = by_region.get(r, 0) + rev
print()
for region in sorted(by_region, key=lambda k: -by_region[k]):
    share = by_region[region] / grand
    bar = '#' * round(share * 50)
    print(f'{region:<6} {money(by_region[region]):>12} {share:6.1%} {bar}')
by_product = {}
for r, p, q, pr, rev in rows:
    entry = by_product.setdefault(p, [0, 0.0])
    entry[0] += q
    entry[1] += rev
print()
print('%-10s %8s %12s %10s' % ('product', 'units', 'revenue', 'avg price'))
for p, (units, rev) in sorted(by_product.items()):
    print('%-10s %8d %12s %10.3f' % (p, units, money(rev), rev / units))
best = max(rows, key=lambda r: r[2])
print(f'\nBest seller: {best[1]} in {best[0]} ({best[2]:,} units, {best[4] / grand:.2%} of revenue)')
