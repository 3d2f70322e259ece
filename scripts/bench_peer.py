#!/usr/bin/env python3
"""The peer for `actorgraph bench`: Hugging Face `transformers` token classification.

Runs `pipeline("token-classification", aggregation_strategy="simple")` on the bundled
model's weights over the same articles actorgraph's bench uses (CoNLL documents
re-joined into articles, sentences one per line) with the same thread count, and prints
one JSON line: {"documents", "seconds", "entities"}; with --forward-batches, also the bare
PyTorch forward over actorgraph's own batches: eager and sdpa attention in fp32, and
sdpa with dynamic int8 quantization of the layers actorgraph quantizes.

Usage: .venv/bin/python scripts/bench_peer.py --articles FILE.jsonl --model models/ner-minilm --threads 2
"""
import argparse
import json
import time

INT8_LAYERS = ("attention.self.query", "attention.self.key", "attention.self.value",
               "attention.output.dense", "intermediate.dense", "output.dense")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", required=True, help="JSONL with a text field per line")
    ap.add_argument("--model", required=True)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--forward-batches", help="JSON batches of windows ({ids, types}) to time the bare eager forward on")
    args = ap.parse_args()

    import torch
    from transformers import AutoModelForTokenClassification, PreTrainedTokenizerFast, pipeline

    torch.set_num_threads(args.threads)
    texts = [json.loads(l)["text"] for l in open(args.articles, encoding="utf-8") if l.strip()]
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=f"{args.model}/tokenizer.json", model_max_length=128,
                                        unk_token="[UNK]", cls_token="[CLS]", sep_token="[SEP]",
                                        pad_token="[PAD]", mask_token="[MASK]")
    model = AutoModelForTokenClassification.from_pretrained(args.model, torch_dtype=torch.float32).eval()
    ner = pipeline("token-classification", model=model, tokenizer=tokenizer,
                   aggregation_strategy="simple", device=-1, stride=32)
    ner(texts[:2])  # warm-up, as actorgraph's bench warms up
    start = time.perf_counter()
    entities = 0
    with torch.inference_mode():
        for out in ner(texts, batch_size=args.batch_size):
            entities += len(out)
    seconds = time.perf_counter() - start
    result = {"documents": len(texts), "seconds": seconds, "entities": entities}
    if args.forward_batches:
        # Both attention implementations of transformers' BERT: "eager" (separate ops) and "sdpa" (fused).
        for impl in ("eager", "sdpa"):
            m = AutoModelForTokenClassification.from_pretrained(
                args.model, torch_dtype=torch.float32, attn_implementation=impl).eval()
            result[f"forward_seconds_{impl}"] = time_forward(m, args.forward_batches)
        # PyTorch's dynamic int8 quantization of the layers actorgraph quantizes
        # (every encoder projection, not the classifier; see src/ner/fast_bert.rs).
        m = AutoModelForTokenClassification.from_pretrained(
            args.model, torch_dtype=torch.float32, attn_implementation="sdpa").eval()
        quantized = {name for name, mod in m.named_modules() if isinstance(mod, torch.nn.Linear)
                     and name.endswith(INT8_LAYERS)}
        m = torch.ao.quantization.quantize_dynamic(m, quantized, dtype=torch.qint8)
        result["forward_seconds_int8"] = time_forward(m, args.forward_batches)
    print(json.dumps(result))


def time_forward(model, path):
    """PyTorch eager forward over actorgraph's own batches, padded the same way."""
    import torch

    batches = []
    for batch in json.load(open(path)):
        n = max(len(w["ids"]) for w in batch)
        ids = torch.zeros(len(batch), n, dtype=torch.long)
        types = torch.zeros(len(batch), n, dtype=torch.long)
        mask = torch.zeros(len(batch), n, dtype=torch.long)
        for r, w in enumerate(batch):
            k = len(w["ids"])
            ids[r, :k] = torch.tensor(w["ids"])
            types[r, :k] = torch.tensor(w["types"])
            mask[r, :k] = 1
        batches.append((ids, types, mask))
    with torch.inference_mode():
        model(input_ids=batches[0][0], token_type_ids=batches[0][1], attention_mask=batches[0][2])
        start = time.perf_counter()
        for ids, types, mask in batches:
            model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits.log_softmax(-1)
        return time.perf_counter() - start


if __name__ == "__main__":
    main()
