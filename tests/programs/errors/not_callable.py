# Ends with TypeError: 'int' object is not callable.
handlers = {'a': len, 'b': 5}
for key in sorted(handlers):
    print(key, handlers[key]('abc'))
