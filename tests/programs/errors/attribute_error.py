# Ends with an uncaught AttributeError on an instance.
class Account:
    def __init__(self):
        self.balance = 0
acct = Account()
print(acct.balance)
acct.deposit(10)
