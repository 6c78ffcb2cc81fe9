// Constants of the deterministic maths, each either an exact binary fraction or the double nearest to a
// mathematical value (decimal literals parse correctly rounded in every engine). The low parts were computed
// with 300-bit arithmetic (mpmath): value - high part, rounded to the nearest double.

/** ln 2 truncated to 32 significant bits (2977044471 / 2^32): k * LN2_HIGH is exact for |k| < 2^21. */
export const LN2_HIGH = 2977044471 / 4294967296;
/** ln 2 - LN2_HIGH, rounded to the nearest double. */
export const LN2_LOW = 1.9082149292705877e-10;
/** 1 / ln 2 = log2(e), nearest double (a specified constant: the head of the double-double 1 / ln 2). */
export const INVERSE_LN2_HIGH = Math.LOG2E;
/** 1 / ln 2 - INVERSE_LN2_HIGH, nearest double. */
export const INVERSE_LN2_LOW = 2.0355273740931033e-17;
/** 1 / ln 10 = log10(e), nearest double. */
export const INVERSE_LN10_HIGH = Math.LOG10E;
/** 1 / ln 10 - INVERSE_LN10_HIGH, nearest double. */
export const INVERSE_LN10_LOW = 1.098319650216765e-17;
/** pi, nearest double. */
export const PI_HIGH = Math.PI;
/** pi - PI_HIGH, nearest double. */
export const PI_LOW = 1.2246467991473532e-16;
/** sqrt(2), nearest double (Math.SQRT2; square roots are correctly rounded everywhere). */
export const SQRT2 = Math.SQRT2;
/** 2^-54: below this magnitude exp(x) rounds to 1 + x, expm1(x) and log1p(x) to x. */
export const TINY_ARGUMENT = 5.551115123125783e-17;
/** Above this x, exp(x) is certainly beyond the largest double (ln(MAX_VALUE) = 709.7827...). */
export const EXP_OVERFLOW_ARGUMENT = 709.8;
/** Below this x, exp(x) is certainly below half the smallest subnormal (ln(MIN_VALUE / 2) = -745.13...). */
export const EXP_UNDERFLOW_ARGUMENT = -745.2;
