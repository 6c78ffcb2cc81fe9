# Counts THOR's CKKS operations for one BERT-base pass (128 tokens) by running the authors' HE class on the
# counting stand-in for the DESILO engine in desilofhe.py (no arithmetic: call counts and levels only).
# Usage: clone github.com/Desilo/THOR (commit ee444dd), copy its src/thor/{he,paths,timer}.py into ./thor/
# (with an empty __init__.py), then run `python3 count_thor.py` from this folder. The counts by part are the
# data in src/core/privacy/fhe/thorSchedule.ts.
import sys
import numpy as np
sys.path.insert(0, '.')
import desilofhe as D
from thor.he import HE
from thor.timer import Timer

he = HE(0, False, 'large', Timer())
D.COUNTS.clear(); D.KS_LEVELS.clear(); D.LIMBS.clear()
x = np.array([he.encrypt(np.zeros(2**15), 9) for _ in range(4)], dtype=object)
mask = np.array([np.ones(2**15) for _ in range(8)], dtype=object)
for layer in range(12):
    D.STAGE[0] = 'linear'; x, x_cplx = he.stage_01_complexify_x(x, layer); r = he.stage_02_make_rotated_copies(x_cplx)
    q = he.stage_03_query(r, layer); k = he.stage_04_key(r, layer); v = he.stage_05_value(r, layer)
    D.STAGE[0] = 'attentionProducts'; s = he.stage_06_attention_score(q, k)
    D.STAGE[0] = 'softmax'; sm = he.stage_07_softmax(s, mask, layer)
    D.STAGE[0] = 'attentionProducts'; c = he.stage_08_attention_context(v, sm)
    D.STAGE[0] = 'linear'; ad = he.stage_10_attention_dense(he.stage_02_make_rotated_copies(c), layer)
    D.STAGE[0] = 'normalization'; l1 = he.stage_11_attention_layernorm(x, ad, layer)
    D.STAGE[0] = 'linear'; i1 = he.stage_12_intermediate_dense(l1, layer)
    D.STAGE[0] = 'activation'; g = he.stage_13_gelu(i1)
    D.STAGE[0] = 'linear'; o = he.stage_14_output_dense(g, layer); l2 = he.stage_15_prepare_layernorm(l1, o)
    D.STAGE[0] = 'normalization'; x = he.stage_16_output_layernorm(l2, layer)
D.STAGE[0] = 'linear'; he.stage_18_classifier(he.stage_17_pooler(x))
kinds = {'bootstrap': ['bootstrap'], 'keySwitch': ['rotate', 'relinearize', 'conjugate'], 'cipherMultiply': ['mult_cc'],
         'plainMultiply': ['mult_cp', 'mult_const', 'mult_i'], 'add': ['add_cc', 'add_cp'], 'rescale': ['rescale', 'ntt', 'intt']}
for part in ['linear', 'attentionProducts', 'softmax', 'normalization', 'activation']:
    row = {}
    for kind, names in kinds.items():
        n = sum(D.COUNTS[(part, k)] for k in names); limbs = sum(D.LIMBS[(part, k)] for k in names)
        row[kind] = (n, round(limbs / n, 2) if n and limbs else 0)
    print(part, row)
