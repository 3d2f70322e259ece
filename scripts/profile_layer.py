#!/usr/bin/env python3
"""Where one encoder layer of the bundled model's shape spends its time on this CPU.

Times each op of a MiniLM-L6-H384 layer (hidden 384, FFN 1536, 12 heads) on a batch
of full 128-subword windows, as src/ner/fast_bert.rs runs them, in fp32 and, for the
linear layers, with fbgemm int8 weights (one call per batch, and one call per window
as actorgraph's --precision int8 does). Random weights: only the time matters.

Usage: .venv/bin/python scripts/profile_layer.py [--threads 2] [--batch 32]
"""
import argparse
import time
import warnings

import torch
import torch.nn.functional as F


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    warnings.filterwarnings("ignore", message=".*deprecated.*")
    B, L, H, FF, NH = args.batch, 128, 384, 1536, 12

    def timed(name, f):
        f()
        start = time.perf_counter()
        for _ in range(args.repeat):
            f()
        ms = (time.perf_counter() - start) / args.repeat * 1000
        print(f"  {name:34s} {ms:7.2f} ms")
        return ms

    x = torch.randn(B, L, H)
    linears = {
        "qkv": (torch.randn(3 * H, H) * 0.05, torch.zeros(3 * H), x),
        "attention out": (torch.randn(H, H) * 0.05, torch.zeros(H), x),
        "ffn up": (torch.randn(FF, H) * 0.05, torch.zeros(FF), x),
    }
    hidden = F.gelu(F.linear(x, *linears["ffn up"][:2]))
    linears["ffn down"] = (torch.randn(H, FF) * 0.05, torch.zeros(H), hidden)
    g, b = torch.ones(H), torch.zeros(H)
    mask = torch.ones(B, 1, 1, L, dtype=torch.bool)
    with torch.inference_mode():
        print(f"fp32 layer, {B} windows of {L} subwords, {args.threads} threads:")
        total = 0.0
        qkv = F.linear(x, *linears["qkv"][:2]).view(B, L, 3, NH, H // NH).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        for name, (w, bias, inp) in linears.items():
            total += timed(f"{name} linear", lambda: F.linear(inp, w, bias))
        total += timed("attention (sdpa, masked)", lambda: F.scaled_dot_product_attention(q, k, v, attn_mask=mask))
        total += timed("gelu", lambda: F.gelu(hidden))
        total += 2 * timed("residual add + layer norm (x2)", lambda: F.layer_norm(x + x, (H,), g, b, 1e-12))
        print(f"  {'total':34s} {total:7.2f} ms")
        print("int8 linear layers (fbgemm, int8 weights, activations quantized per call):")
        for name, (w, bias, inp) in linears.items():
            wq, col, scale, zp = torch.fbgemm_linear_quantize_weight(w)
            packed = torch.fbgemm_pack_quantized_matrix(wq)
            flat = inp.reshape(B * L, -1)

            def per_window():
                out = torch.empty(B * L, w.shape[0])
                for r in range(B):
                    rows = flat[r * L:(r + 1) * L]
                    out[r * L:(r + 1) * L].copy_(
                        torch.fbgemm_linear_int8_weight_fp32_activation(rows, wq, packed, col, scale, zp, bias))
                return out

            timed(f"{name}, one call per batch", lambda: torch.fbgemm_linear_int8_weight_fp32_activation(
                flat, wq, packed, col, scale, zp, bias))
            timed(f"{name}, one call per window", per_window)


if __name__ == "__main__":
    main()
