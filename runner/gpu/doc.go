// Package gpu detects a machine's GPUs. NVIDIA GPUs are read from `nvidia-smi -q -x` (its
// documented XML report): model, UUID, VRAM, driver and CUDA version. A machine without
// nvidia-smi has no GPUs as far as coophive is concerned. The result feeds an RP's signed
// capability record and bounds what its offers may claim.
package gpu
