# A file with an IndentationError (a SyntaxError subclass).
def f():
    x = 1
      y = 2
    return x
