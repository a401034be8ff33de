# Inheritance, method overriding, super() in __init__ and methods, MRO.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def kind(self):
        return 'dog, an ' + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (tiny)'
p = Puppy('Rex', ['sit'])
print(p.speak(), p.kind(), p.tricks, p.name)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def template(self):
        return self.step1() + '-' + self.step2()
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Derived(Base):
    def step2(self):
        return 'derived2'
print(Derived().template(), Base().template())
class WithInit:
    def __init__(self):
        self.x = 1
class NoInit(WithInit):
    pass
print(NoInit().x, NoInit.__bases__[0].__name__)
class Explicit(Dog):
    def __init__(self):
        super(Explicit, self).__init__('explicit')
print(Explicit().speak())
