# Float loop: a Mandelbrot set computed with plain floats (no complex numbers).
def mandelbrot(w, h, max_iter):
    inside = 0
    total_iter = 0
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = y = 0.0
            k = 0
            while k < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                k += 1
            total_iter += k
            if k == max_iter:
                inside += 1
    return inside, total_iter


print(mandelbrot(400, 260, 80))
