# Printing month calendars by hand: leap years, weekday by Zeller's congruence, day-of-year, date differences.
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_text(y, m):
    lines = [f'{MONTHS[m - 1]} {y}'.center(20).rstrip(), ' '.join(DAYS)]
    first = weekday(y, m, 1)
    cells = ['  '] * first + [f'{d:2d}' for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]).rstrip())
    return '\n'.join(lines)


def day_of_year(y, m, d):
    return sum([days_in_month(y, k) for k in range(1, m)]) + d


def ordinal(y, m, d):
    days = 0
    for year in range(1, y):
        days += 366 if is_leap(year) else 365
    return days + day_of_year(y, m, d)


print(month_text(2024, 2))
print()
print(month_text(2023, 10))
print()
print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1969, 7, 20)]:
    print(date, DAYS[weekday(*date)], day_of_year(*date))
print('days 1970-01-01 .. 2024-01-01:', ordinal(2024, 1, 1) - ordinal(1970, 1, 1))
fridays = []
for y in range(2023, 2026):
    for m in range(1, 13):
        if weekday(y, m, 13) == 4:
            fridays.append(f'{y}-{m:02d}')
print('Friday 13ths:', fridays)
print(all([ordinal(y, 1, 1) % 7 == (weekday(y, 1, 1) + 1) % 7 for y in range(1, 400)]))
