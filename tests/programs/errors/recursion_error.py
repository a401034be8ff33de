# Ends with an uncaught RecursionError from infinite recursion.
def count_down(n):
    if n == -1:
        return 'never'
    return count_down(n + 1)
print('starting')
count_down(0)
