# Ends with an exception raised while handling another (During handling of the above exception...).
data = {}
try:
    value = data['missing']
except KeyError:
    print('handling KeyError')
    value = 1 / 0
