# Counts Powerformer's CKKS operations for one BERT-base pass (128 tokens) by running the authors' numpy code
# (github.com/thrudgelmir/Powerformer, commit db3a685, folder powerformer_HE) with random weights: its own
# counters in base_fncs.py plus a wrapped `bootstrap`. torch and joblib are stubbed (only the plaintext reference
# path needs torch). Run from inside powerformer_HE: `python3 path/to/count_powerformer.py` (about 15 CPU
# minutes; two layers are run, every layer has the same counts). The whole pass is 12 x layer 0 plus the pooler
# (pooler-linear into linear, pooler-tanh into activation): the data in src/core/privacy/fhe/powerformerSchedule.ts.
import sys, types, os, numpy as np
sys.path.insert(0, '.')
torch = types.ModuleType('torch'); torch.complex64 = np.complex64
sys.modules['torch'] = torch
jl = types.ModuleType('joblib'); jl.dump = lambda *a, **k: None; import pickle; jl.load = lambda p, *a, **k: pickle.load(open(p, 'rb')) if os.path.exists(p) and 'poly_eval' in p else None; sys.modules['joblib'] = jl
class W:
    def __init__(self, a): self.a = a
    def cpu(self): return self
    def view(self, *s): return W(self.a.reshape(*s))
    def __array__(self, dtype=None, copy=None): return self.a.astype(dtype) if dtype else self.a
rng = np.random.default_rng(0)
def shape_of(k):
    if 'intermediate.dense.weight' in k: return (3072, 768)
    if 'intermediate.dense.bias' in k: return (3072,)
    if k.endswith('output.dense.weight') and 'attention' not in k: return (768, 3072)
    if 'running_denominator' in k and 'batch_method' in k: return (12*128,)
    if 'running_denominator' in k: return (128,)
    if k.endswith('weight') and 'LayerNorm' not in k: return (768, 768)
    return (768,)
class WS(dict):
    def __getitem__(self, k): return W((rng.standard_normal(shape_of(k)) * 0.02 + (1 if 'denominator' in k else 0)).astype(np.float32))
import base_fncs as B
boots = {'n': 0}
orig = B.bootstrap
def counted(x): boots['n'] += 1; return x
B.bootstrap = counted
for m in list(sys.modules.values()):
    if m and getattr(m, 'bootstrap', None) is orig: m.bootstrap = counted
os.makedirs('./pre_weights', exist_ok=True)
from layers.bert_layer import bert_full
for name, m in list(sys.modules.items()):
    if m and getattr(m, 'bootstrap', None) is orig: m.bootstrap = counted
bert = bert_full((256, 128), verbose=False)
LAYERS = 2
import layers.attention_layer as AL, layers.ffn_layer as FL, layers.pooler_layer as PL
for name, m in list(sys.modules.items()):
    if m and getattr(m, 'bootstrap', None) is orig: m.bootstrap = counted
ws = WS()
for L in bert.bert_layers[:LAYERS]:
    L.make_weights(ws); L.set_bts_range([2, 2]); L.premake()
bert.pooler.make_weights(ws); bert.pooler.premake()
print('premade'); sys.stdout.flush()
from collections import Counter
parts = {}
def run(part, f):
    B.clear(); b0 = boots['n']; r = f()
    c = parts.setdefault(part, Counter()); c.update(B.cnts); c['bootstrap'] += boots['n'] - b0
    return r
x = (rng.standard_normal((128, 768)) * 0.1).astype(np.complex64)
packed = [B.column_wise_pack(x[:, i*256:(i+1)*256], 15) for i in range(3)]
mask = np.ones(128, dtype=np.complex64)
for i, L in enumerate(bert.bert_layers[:LAYERS]):
    A = L.attention
    q, k, v = run('linear', lambda: AL.apply_layer1(packed, A.pre[0], False))
    s_ = run('attentionProducts', lambda: AL.apply_layer2(q, k, A.shape, A.pre[1], False))
    p_ = run('softmax', lambda: AL.apply_softmax(s_, A.pre[4], mask))
    c_, _ = run('attentionProducts', lambda: AL.apply_layer3(p_, v, A.shape, A.pre[2], A.bts_range, False))
    x2 = run('linear', lambda: AL.apply_layer4(c_, A.pre[3], False))
    packed, _, _ = run('normalization', lambda: L.add_norm1.forward(packed, x2))
    F = L.ffn
    f1 = run('linear', lambda: FL.apply_layer1(packed, F.pre[0], False))
    f1, _ = run('activation', lambda: F.gelu_he(f1))
    f2 = run('linear', lambda: FL.apply_layer2(f1, F.pre[1], False))
    packed, _, _ = run('normalization', lambda: L.add_norm2.forward(packed, f2))
    print('layer', i, {p: dict(c) for p, c in parts.items()}); sys.stdout.flush()
P = bert.pooler
pl = run('pooler-linear', lambda: PL.apply_layer1(packed, P.pre, False))
run('pooler-tanh', lambda: P.tanh_he(pl))
print('FINAL', {p: dict(c) for p, c in parts.items()})
