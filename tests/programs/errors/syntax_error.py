# A file with bad syntax: SyntaxError before anything runs.
print('this line never runs')
def broken(:
    return 1
