# Counting stand-in for the DESILO engine (desilofhe): no arithmetic, only call counts and ciphertext levels
# (one level per multiplication), used by count_thor.py. Written for this project; not DESILO code.
import numpy as np
from collections import Counter, defaultdict
COUNTS = Counter()
KS_LEVELS = defaultdict(int)   # level -> key switches at that level
BOOT_IN_LEVELS = Counter()
STAGE = ['init']
LIMBS = Counter()
def tick(kind, level=None):
    COUNTS[(STAGE[0], kind)] += 1
    if level is not None: LIMBS[(STAGE[0], kind)] += level + 1
    if level is not None and kind in ('rotate', 'relinearize', 'conjugate'):
        KS_LEVELS[level] += 1
class Ciphertext:
    def __init__(self, level, deg=2):
        self.level = level; self.deg = deg
    @property
    def level_available(self): return self.level
class Plaintext:
    def __init__(self, level=14): self.level = level
class _Key:
    def __init__(self, level=99): self.level = level
BootstrapKey = ConjugationKey = FixedRotationKey = RelinearizationKey = SecretKey = _Key
def _lvl(*xs):
    ls = [x.level for x in xs if isinstance(x, Ciphertext)]
    return min(ls)
class Engine:
    max_level = 14
    def __init__(self, *a, **k):
        self.boot_level = 14 if k.get('use_bootstrap_to_14_levels') else 17
        self.max_level = self.boot_level
    def create_secret_key(self): return _Key()
    def create_conjugation_key(self, sk): return _Key()
    def create_relinearization_key(self, sk): return _Key()
    def create_bootstrap_key(self, sk, size=None): return _Key()
    def create_fixed_rotation_key(self, sk, delta, level=99): return _Key(level)
    def read_light_plaintext(self, path): return Plaintext()
    def encode_to_light_plaintext(self, w, level): return Plaintext(level)
    def encode(self, m, level): return Plaintext(level)
    def encrypt(self, m, sk, level=14): return Ciphertext(level)
    def decrypt(self, c, sk): return np.zeros(2**15)
    def clone(self, c): return Ciphertext(c.level, c.deg)
    def add(self, x, y, out=None):
        if isinstance(x, Ciphertext) and isinstance(y, Ciphertext): tick('add_cc', _lvl(x, y))
        else: tick('add_cp', _lvl(x, y))
        xs = [v for v in (x, y) if isinstance(v, Ciphertext)]
        r = Ciphertext(min(v.level for v in xs), max(v.deg for v in xs))
        if out is not None: out.level, out.deg = r.level, r.deg; return out
        return r
    subtract = add
    def multiply(self, x, y):
        xc, yc = isinstance(x, Ciphertext), isinstance(y, Ciphertext)
        if xc and yc:
            tick('mult_cc', min(x.level, y.level)); return Ciphertext(min(x.level, y.level) - 1, 3)
        c = x if xc else y; o = y if xc else x
        if isinstance(o, (Plaintext, np.ndarray)): tick('mult_cp', c.level)
        else: tick('mult_const', c.level)
        return Ciphertext(c.level - (0 if isinstance(o, (int,)) else 1), c.deg)
    def square(self, x): tick('mult_cc', x.level); return Ciphertext(x.level - 1, 3)
    def multiply_imaginary_integer(self, x, k): tick('mult_i', x.level); return Ciphertext(x.level, x.deg)
    def conjugate(self, c, key): tick('conjugate', c.level); return Ciphertext(c.level, 2)
    def relinearize(self, c, key): tick('relinearize', c.level); return Ciphertext(c.level, 2)
    def rotate(self, c, key, delta=None): tick('rotate', c.level); return Ciphertext(c.level, 2)
    def rescale(self, c): tick('rescale', c.level); return Ciphertext(c.level, c.deg)
    def level_down(self, c, level): return Ciphertext(min(level, c.level), c.deg)
    def ntt(self, c): tick('ntt', c.level); return Ciphertext(c.level, c.deg)
    def intt(self, c): tick('intt', c.level); return Ciphertext(c.level, c.deg)
    def bootstrap(self, c, *keys):
        tick('bootstrap'); BOOT_IN_LEVELS[c.level] += 1; return Ciphertext(self.boot_level)
