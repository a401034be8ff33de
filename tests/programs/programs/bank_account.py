# A bank simulation with classes, custom exceptions, a transaction log and rollback.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f'account {self.id} is frozen')

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self.balance})'


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, *args):
        acct = cls(*args)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        snapshot = (a.balance, b.balance)
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except BankError as e:
            a.balance, b.balance = snapshot
            self.log.append(('failed', src, dst, amount, type(e).__name__))
            raise
        else:
            self.log.append(('ok', src, dst, amount))
        finally:
            self.log.append(('attempt', src, dst))


bank = Bank()
alice = bank.open(Account, 'alice', 100)
bob = bank.open(SavingsAccount, 'bob', 50, 0.05)
carol = bank.open(Account, 'carol')
bank.transfer(1, 2, 30)
print(alice, bob, carol)
for src, dst, amt in [(1, 3, 500), (2, 3, 20), (3, 1, 5)]:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, e.amount)
carol.frozen = True
try:
    bank.transfer(2, 3, 1)
except BankError as e:
    print(type(e).__name__, e)
print(bob, carol)
print('interest', bob.add_interest(), bob.balance)
try:
    alice.deposit(-5)
except ValueError as e:
    print('ValueError', e)
try:
    bank.transfer(1, 99, 1)
except KeyError as e:
    print('KeyError', e)
for entry in bank.log:
    print(entry)
for acct in bank.accounts.values():
    print(acct.id, acct.owner, acct.history)
print(sum([a.balance for a in bank.accounts.values()]))
