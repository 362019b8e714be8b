#!/usr/bin/env python3
"""The PyTorch peer of issue 6's MNIST benchmark: a VAE with the filter's settings (784-400-20, ReLU, Bernoulli
decoder, Adam 1e-3, batch 128, 10 epochs) trained on the same 8,000 training digits, scored on the same 2,000 test
digits: test negative ELBO per image (one sample of z per image) and training samples/s.

Usage: python3 bench/vae_torch.py <datasets-dir> [threads] [seed]
Prints "RESULT PyTorch-<version> <seed> <neg-elbo> <samples/s> <seconds>".
"""
import gzip
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn


def load(path):
    rows = []
    with gzip.open(path, "rt") as f:
        data = False
        for line in f:
            line = line.strip()
            if not data:
                data = line.lower() == "@data"
                continue
            if line and not line.startswith("%"):
                rows.append([float(v) for v in line.split(",")[:784]])
    return torch.tensor(rows, dtype=torch.float32)


class Vae(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(784, 400)
        self.mean = nn.Linear(400, 20)
        self.log_variance = nn.Linear(400, 20)
        self.decoder_hidden = nn.Linear(20, 400)
        self.logits = nn.Linear(400, 784)

    def forward(self, x):
        h = F.relu(self.hidden(x))
        mean, log_variance = self.mean(h), self.log_variance(h)
        z = mean + torch.exp(0.5 * log_variance) * torch.randn_like(mean)
        return self.logits(F.relu(self.decoder_hidden(z))), mean, log_variance


def negative_elbo(model, x):
    """Sum over the rows of -log p(x|z) + KL(q(z|x) || N(0, I))."""
    logits, mean, log_variance = model(x)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
    kl = -0.5 * torch.sum(1 + log_variance - mean.pow(2) - log_variance.exp())
    return reconstruction + kl


def main():
    folder = sys.argv[1]
    torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    torch.manual_seed(seed)
    train = load(folder + "/mnist-train.arff.gz")
    test = load(folder + "/mnist-test.arff.gz")
    model = Vae()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    start = time.perf_counter()
    for epoch in range(10):
        order = torch.randperm(len(train))
        for begin in range(0, len(train), 128):
            batch = train[order[begin:begin + 128]]
            optimiser.zero_grad()
            loss = negative_elbo(model, batch)
            loss.backward()
            optimiser.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        score = negative_elbo(model, test).item() / len(test)
    print(f"RESULT PyTorch-{torch.__version__.split('a')[0]} {seed} {score:.2f} {len(train) * 10 / seconds:.0f} "
          f"{seconds:.1f}")


if __name__ == "__main__":
    main()
