# Ends with sys.exit("message"): the message goes to stderr and the status is 1.
import sys
def main():
    print('working')
    sys.exit('fatal: could not continue')
main()
