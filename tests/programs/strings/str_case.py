# upper, lower, title, capitalize, swapcase, casefold.
words = ["hello", "HELLO", "hello world", "hELLO wORLD", "they're bill's",
         "123abc", "a1b2 c3", "", "ÉCOLE", "straße", "o'neil-smith", "mIxEd_CaSe"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("Straße".casefold(), "ΣΊΣΥΦΟΣ".lower(), "ΣΊΣΥΦΟΣ".casefold())
print("hello".upper().lower() == "hello", "ABC".isupper(), "abc".islower(), "Ab".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "123".isupper(), "A1".isupper())
print("ǈ".upper(), "ǈ".lower(), "ǈ".istitle(), "ǈ".title())
print("ŉ".upper(), len("ŉ".upper()), "ﬃ".upper(), "ﬃ".title())
print(''.join([c.upper() if i % 2 else c for i, c in enumerate("alternating")]))
print("mr. o'reilly's 2nd-place".title())
def snake_to_camel(name):
    parts = name.split('_')
    return parts[0].lower() + ''.join([p.capitalize() for p in parts[1:]])
def camel_to_snake(name):
    out = []
    for c in name:
        if c.isupper():
            out.append('_' + c.lower())
        else:
            out.append(c)
    return ''.join(out).lstrip('_')
for n in ["get_http_response", "x", "already_Mixed_case"]:
    print(n, snake_to_camel(n), camel_to_snake(snake_to_camel(n)))
