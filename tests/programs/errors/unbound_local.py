# Ends with an uncaught UnboundLocalError.
count = 0
def bump():
    count += 1
    return count
bump()
