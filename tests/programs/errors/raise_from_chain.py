# Ends with an uncaught exception raised from another (The above exception was the direct cause...).
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('could not load ' + repr(text)) from e
print(load('12'))
print(load('twelve'))
