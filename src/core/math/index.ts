// Deterministic elementary functions for the simulation core. Engines may round Math.exp, Math.log, Math.pow
// (and so `**`) differently in the last bit (Node 20 and Chromium 156 do), which would break the project's
// byte-identical results across CLI, browser and worker; these use IEEE-exact operations only, so every
// conforming engine returns the same bits. The core must use these, never Math's transcendentals.
export { exp, expm1 } from './exponential';
export { log, log1p, log2, log10 } from './logarithm';
export { pow } from './power';
export { sinPi } from './trigonometric';
