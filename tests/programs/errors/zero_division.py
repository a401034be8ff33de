# Ends with an uncaught ZeroDivisionError deep in a call chain.
def ratio(a, b):
    return a / b
def average(xs):
    return ratio(sum(xs), len(xs))
print(average([1, 2, 3]))
print(average([]))
