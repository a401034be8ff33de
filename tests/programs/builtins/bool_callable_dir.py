# bool(), callable(), dir() on modules, classes and instances (sorted, filtered).
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
class Falsy:
    def __bool__(self):
        return False
class ByLen:
    def __len__(self):
        return 3
print(bool(Falsy()), bool(ByLen()), bool(object()), not Falsy())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable(1), callable('s'), callable(None))
class C:
    cls_attr = 1
    def method(self):
        pass
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(C().method), callable(C.cls_attr))
obj = C()
obj.inst = 2
print([n for n in dir(obj) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('_')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), '__add__' in dir(1))
print(dir(obj) == sorted(dir(obj)))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
