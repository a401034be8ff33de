# ascii, bin, oct, hex, chr, ord.
print(ascii('abc'), ascii('é'), ascii('😀'), ascii('\n'), ascii(['ü', 1]), ascii(5), ascii(None))
print(bin(0), bin(5), bin(-5), bin(2 ** 65), bin(True), oct(0), oct(64), oct(-9), hex(0), hex(255), hex(-255), hex(2 ** 64))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), chr(Idx()))
print(chr(65), chr(0), repr(chr(0)), chr(127), chr(233), chr(0x3b1), chr(0x1F600), chr(1114111) == '\U0010ffff')
print(ord('A'), ord('\x00'), ord('é'), ord('€'), ord('😀'), ord(b'a'), ord(bytes([200])))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr('a'), lambda: ord(''), lambda: ord('ab'), lambda: ord(5), lambda: hex(1.5), lambda: bin('1')]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(''.join([chr(ord(c) + 1) for c in 'HAL']), [ord(c) - ord('a') for c in 'xyz'])
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16))
print(sum([ord(c) for c in 'checksum']) % 256, hex(sum([ord(c) for c in 'pergil'])))
