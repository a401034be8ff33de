# Ends with an uncaught custom exception subclass.
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
b = withdraw(100, 30)
print('balance', b)
withdraw(b, 500)
