# An inventory and order system: classes, validation errors, discounts, a formatted invoice.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f'{sku}: wanted {wanted}, only {have} left')
        self.sku = sku


class UnknownItem(InventoryError, KeyError):
    pass


class Item:
    def __init__(self, sku, name, price_cents, stock):
        self.sku = sku
        self.name = name
        self.price = price_cents
        self.stock = stock

    def __repr__(self):
        return f'Item({self.sku!r}, {self.name!r}, {self.price}, {self.stock})'


class Inventory:
    def __init__(self, items):
        self.items = {it.sku: it for it in items}

    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def reserve(self, sku, qty):
        it = self.get(sku)
        if qty <= 0:
            raise ValueError(f'quantity must be positive, got {qty}')
        if it.stock < qty:
            raise OutOfStock(sku, qty, it.stock)
        it.stock -= qty
        return it


class Order:
    def __init__(self, inventory, customer):
        self.inv = inventory
        self.customer = customer
        self.lines = []
        self.errors = []

    def add(self, sku, qty):
        try:
            it = self.inv.reserve(sku, qty)
        except InventoryError as e:
            self.errors.append(f'{type(e).__name__}: {e}')
        except ValueError as e:
            self.errors.append(f'ValueError: {e}')
        else:
            self.lines.append((it, qty))
        return self

    def subtotal(self):
        return sum([it.price * q for it, q in self.lines])

    def discount(self):
        st = self.subtotal()
        if st >= 10000:
            return st // 10
        if len(self.lines) >= 3:
            return st // 20
        return 0

    def invoice(self):
        out = [f'Invoice for {self.customer}', '-' * 44]
        for it, q in self.lines:
            out.append(f'{it.name:<20}{q:>4} x {it.price / 100:>7.2f} = {it.price * q / 100:>8.2f}')
        out.append('-' * 44)
        st, disc = self.subtotal(), self.discount()
        out.append(f'{"Subtotal":<34}{st / 100:>10.2f}')
        if disc:
            out.append(f'{"Discount":<34}{-disc / 100:>10.2f}')
        out.append(f'{"Total":<34}{(st - disc) / 100:>10.2f}')
        out.extend(['! ' + e for e in self.errors])
        return '\n'.join(out)


inv = Inventory([Item('A1', 'Widget', 250, 10), Item('B2', 'Gadget', 1999, 3),
                 Item('C3', 'Gizmo deluxe', 4500, 1), Item('D4', 'Sprocket', 75, 100)])
o1 = Order(inv, 'ACME').add('A1', 4).add('B2', 2).add('D4', 12).add('Z9', 1).add('C3', 2)
print(o1.invoice())
print()
o2 = Order(inv, 'Initech').add('C3', 1).add('B2', 2).add('A1', 0).add('B2', 1)
print(o2.invoice())
print()
print(sorted(inv.items.values(), key=lambda it: it.sku))
try:
    inv.get('nope')
except KeyError as e:
    print('caught as KeyError:', type(e).__name__, e, isinstance(e, InventoryError))
