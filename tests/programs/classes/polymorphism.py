# Polymorphism: shapes with a common interface, abstract-like base raising NotImplementedError.
class Shape:
    name = 'shape'
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
class Rect(Shape):
    name = 'rect'
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = 'square'
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = 'circle'
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(4), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(sorted([s.name for s in shapes]), round(sum([s.area() for s in shapes]), 3))
print(max(shapes, key=lambda s: s.area()).name, [type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    Blob().describe()
except NotImplementedError as e:
    print('NotImplementedError', e)
def total_area(items):
    t = 0
    for it in items:
        if hasattr(it, 'area'):
            t += it.area()
    return t
print(total_area(shapes + ['not a shape', 5]) == sum([s.area() for s in shapes]))
class Duck:
    def area(self):
        return 1
print(total_area([Duck(), Duck()]))
