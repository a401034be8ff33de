# Ends with an uncaught NameError.
def greet(name):
    return 'hello ' + nmae
print('before')
print(greet('x'))
