// What "a published case names a model or a device" means for the preset-coverage test: a pattern matched
// against the case's `setting` and the catalogue ids that model or device may be configured from. Names the
// catalogue cannot express (Qwen 3.5's Gated DeltaNet, RoBERTa, WRN, NFNet) have no row; files that type such
// models state why in customValues.

/** A model or device name and the catalogue presets that configure it. */
export interface NamedEntry {
  name: string;
  pattern: RegExp;
  group: 'model' | 'hardware';
  ids: readonly string[];
}

const model = (name: string, pattern: RegExp, ids: string[]): NamedEntry => ({
  name,
  pattern,
  group: 'model',
  ids,
});
const device = (name: string, pattern: RegExp, ids: string[]): NamedEntry => ({
  name,
  pattern,
  group: 'hardware',
  ids,
});

/** Every name the test looks for. */
export const NAMED_ENTRIES: readonly NamedEntry[] = [
  model('BERT-base', /\bBERT-base\b/i, ['bert-base']),
  model('BERT-large', /\bBERT-large\b/i, ['bert-large']),
  model('GPT-2', /\bGPT-?2\b/i, ['gpt2-124m', 'gpt2-355m', 'gpt2-774m', 'gpt2-1.5b']),
  model('GPT-Neo 1.3B', /\bGPT-Neo 1\.3B/i, ['gpt-neo-1.3b']),
  model('GPT-3 175B', /\bGPT-3 175B/i, ['gpt-3-175b']),
  model('GPT 1T (Megatron-LM)', /\b1 trillion parameters/i, ['megatron-1t']),
  model('PaLM 540B', /\bPaLM 540B/i, ['palm-540b']),
  model('Llama 2 7B', /\bLlama[- ]?2[- ]?7B/i, ['llama-2-7b']),
  model('Llama 2 13B', /\bLlama[- ]?2[- ]?13B/i, ['llama-2-13b']),
  model('Llama 2 70B', /\bLlama[- ]?2[- ]?70B/i, ['llama-2-70b']),
  model('VaultGemma 1B', /\bVaultGemma 1B\b/i, ['vaultgemma-1b']),
  model('Llama 3 / 3.1 8B', /\bLlama[- ]?3(?:\.1)?[- ]?8B/i, ['llama-3-8b']),
  // Llama 3.3 70B has the Llama 3.1 70B architecture (Meta model card).
  model('Llama 3.x 70B', /\bLlama[- ]?3(?:\.[13])?[- ]?70B/i, ['llama-3-70b']),
  model('Llama 3.1 405B', /\bLlama[- ]?3(?:\.1)?[- ]?405B/i, ['llama-3-405b']),
  model('BLOOM-176B', /\bBLOOM-?176B/i, ['bloom-176b']),
  model('Mixtral 8x7B', /\bMixtral/i, ['mixtral-8x7b']),
  model('DeepSeek-V3', /\bDeepSeek[- ]V3/i, ['deepseek-v3']),
  model('ResNet-18', /\bResNet-?18\b/i, ['resnet-18']),
  model('ResNet-50', /\bResNet-?50\b/i, ['resnet-50']),
  model('ResNet-101', /\bResNet-?101\b/i, ['resnet-101']),
  model('VGG-16', /\bVGG-?16\b/i, ['vgg-16']),
  model('MobileNet v1', /\bMobileNet(?![- ]?v[23])/i, ['mobilenet-v1']),
  model('MobileNetV3', /\bMobileNet[- ]?v3/i, ['mobilenet-v3-large', 'mobilenet-v3-small']),
  model('EfficientNet-B0', /\bEfficientNet-?B0\b/i, ['efficientnet-b0']),
  device('H100', /\bH100\b/, ['H100_SXM']),
  device('H200', /\bH200\b/, ['H200_SXM']),
  device('B200', /\bB200\b/, ['B200']),
  device('B300', /\bB300\b/, ['B300']),
  device('A100', /\bA100\b/, ['A100_SXM_80GB', 'A100_SXM_40GB']),
  device('RTX Pro 6000', /\bRTX Pro 6000\b/i, ['RTX_PRO_6000']),
  device('RTX 4090', /\bRTX 4090\b/i, ['RTX_4090']),
  device('RTX 3090', /\bRTX 3090\b/i, ['RTX_3090']),
  device('c3d-highcpu-30', /\bc3d-highcpu-30\b/i, ['C3D_HIGHCPU_30']),
  device('Raspberry Pi 5', /\bRaspberry Pi 5\b/i, ['RASPBERRY_PI_5_8GB']),
  device('Mac mini M4 Pro', /\bMac mini M4 Pro\b/i, ['M4_PRO_MAC_MINI_64GB']),
];

/**
 * Names a case's setting mentions that its calibration file does not run, by case id and entry name, with
 * the reason (the asserted figures do not involve them).
 */
export const NOT_RUN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'mystique-resnet101-zk': {
    'ResNet-101':
      "the case runs ResNet-101 on 32 x 32 CIFAR-10 images; the catalogue's ResNet-101 is the 224 x 224 ImageNet network (49x the work), so the file types the case's size with a reason",
  },
  'epoch-2030-power': {
    'Llama 3.1 405B':
      "Epoch's bounds are computed by the limits group from the case's own figures (3.8e25 FLOP, 1,700 W per H100 all-in); no model is run",
    H100: "the case's all-in 1,700 W per H100 is a limits input (limits.allInWattsPerGpu), not a device run",
  },
};
