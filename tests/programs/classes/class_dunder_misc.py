# __bool__, __hash__, __index__, __neg__, __invert__, __pos__, __format__, __str__ on one class.
class Flags:
    def __init__(self, bits):
        self.bits = bits
    def __bool__(self):
        return self.bits != 0
    def __or__(self, o):
        return Flags(self.bits | o.bits)
    def __and__(self, o):
        return Flags(self.bits & o.bits)
    def __xor__(self, o):
        return Flags(self.bits ^ o.bits)
    def __invert__(self):
        return Flags(~self.bits & 0xF)
    def __neg__(self):
        return Flags(-self.bits & 0xF)
    def __pos__(self):
        return self
    def __lshift__(self, n):
        return Flags((self.bits << n) & 0xF)
    def __rshift__(self, n):
        return Flags(self.bits >> n)
    def __index__(self):
        return self.bits
    def __eq__(self, o):
        return isinstance(o, Flags) and o.bits == self.bits
    def __hash__(self):
        return hash(self.bits)
    def __format__(self, spec):
        return format(self.bits, spec or '04b')
    def __repr__(self):
        return f'Flags({self.bits:#06b})'
R, W, X = Flags(4), Flags(2), Flags(1)
rw = R | W
print(rw, rw & W, rw ^ R, ~rw, -W, +X, X << 2, R >> 1, bool(rw & X), bool(Flags(0)))
print(f'{rw}', f'{rw:x}', format(rw, '08b'), bin(rw), hex(rw), [10, 20, 30, 40, 50, 60, 70][rw])
print({R: 'read', W: 'write'}[Flags(4)], R == Flags(4), R != W, len({R, Flags(4), W}))
perms = [Flags(b) for b in range(8)]
print([p for p in perms if p & R], len([p for p in perms if not p]))
