"""Issue 8's PyTorch reference: the same networks, data and settings as bench/SpeedBenchmark.java.

Run by bench/run-speed.sh with Debian's python3-torch (/usr/bin/python3). One measurement per process, printed as
one line starting with "RESULT", so that the peak RSS (VmHWM) belongs to that measurement alone.

  dense <hidden> <epochs> <threads>   784-hidden-30-mirror, ReLU, linear code and output, MSE, Adam 0.001, batch 128
  conv <epochs> <threads>             ConvolutionalAutoencoder's default net (filters 16,32, 3x3, stride 2, code 32)
  startup                             import torch, train 1 epoch on 20 rows of 5 attributes, output the codes
  scale <rows> <epochs> <threads> <hidden> <code>   dense net on generated 50-attribute data (suite: 512,128 and 10)
"""
import gzip
import sys
import time

T_START = time.time()

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def load(path, width=784):
    rows = []
    with gzip.open(path, "rt") as f:
        data = False
        for line in f:
            line = line.strip()
            if not line or line.startswith("%"):
                continue
            if data:
                rows.append(np.array(line.split(",")[:width], dtype=np.float32))
            elif line.lower().startswith("@data"):
                data = True
    return np.stack(rows)


def dense_net(width, hidden, code):
    layers, prev = [], width
    for h in hidden:
        layers += [nn.Linear(prev, h), nn.ReLU()]
        prev = h
    layers.append(nn.Linear(prev, code))
    prev = code
    for h in reversed(hidden):
        layers += [nn.Linear(prev, h), nn.ReLU()]
        prev = h
    layers.append(nn.Linear(prev, width))
    return nn.Sequential(*layers)


class ConvNet(nn.Module):
    """Same layers as ConvolutionalArchitecture with its defaults (stride-2 convolutions, transposed upsampling)."""

    def __init__(self, code=32):
        super().__init__()
        self.enc = nn.Sequential(nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU(),
                                 nn.Flatten(), nn.Linear(32 * 7 * 7, code))
        self.dec = nn.Sequential(nn.Linear(code, 32 * 7 * 7), nn.ReLU(), nn.Unflatten(1, (32, 7, 7)),
                                 nn.ConvTranspose2d(32, 16, 3, 2, 1, output_padding=1), nn.ReLU(),
                                 nn.ConvTranspose2d(16, 1, 3, 2, 1, output_padding=1), nn.Sigmoid())

    def forward(self, x):
        return self.dec(self.enc(x.view(-1, 1, 28, 28))).view(x.shape[0], -1)


def train(net, x, epochs, batch=128, seed=1):
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.MSELoss()
    g = torch.Generator().manual_seed(seed)
    xt = torch.from_numpy(x)
    t0 = time.perf_counter()
    for _ in range(epochs):
        perm = torch.randperm(len(xt), generator=g)
        for i in range(0, len(xt), batch):
            xb = xt[perm[i:i + batch]]
            opt.zero_grad()
            loss = loss_fn(net(xb), xb)
            loss.backward()
            opt.step()
    return time.perf_counter() - t0


def filter_rate(net, x):
    xt = torch.from_numpy(x)
    best = float("inf")
    with torch.no_grad():
        for _ in range(3):
            t0 = time.perf_counter()
            net(xt)
            best = min(best, time.perf_counter() - t0)
    return len(x) / best


def set_threads(n):
    torch.set_num_threads(n)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass


def generated(rows, width, seed):
    rng = np.random.default_rng(seed)
    mix = rng.standard_normal((5, width))
    x = rng.standard_normal((rows, 5)) @ mix + 0.1 * rng.standard_normal((rows, width))
    return ((x - x.min(0)) / (x.max(0) - x.min(0))).astype(np.float32)


def main():
    mode = sys.argv[1]
    torch.manual_seed(1)
    if mode in ("dense", "conv"):
        epochs, threads = int(sys.argv[-2]), int(sys.argv[-1])
        set_threads(threads)
        x, xt = load("datasets/mnist-train.arff.gz"), load("datasets/mnist-test.arff.gz")
        if mode == "dense":
            hidden = [int(h) for h in sys.argv[2].split(",")]
            net, name = dense_net(784, hidden, 30), "dense_" + sys.argv[2]
        else:
            net, name = ConvNet(), "conv"
        cpu0 = time.process_time()
        seconds = train(net, x, epochs)
        cpu = time.process_time() - cpu0
        rate = filter_rate(net, xt)
        print("RESULT %s train_sps=%.1f filter_sps=%.1f epochs=%d loop_s=%.2f train_cpu_s=%.2f rss_mb=%d threads=%d"
              % (name, len(x) * epochs / seconds, rate, epochs, seconds, cpu, peak_rss_mb(), torch.get_num_threads()))
    elif mode == "startup":
        x = generated(20, 5, 1)
        net = dense_net(5, [4], 2)
        train(net, x, 1)
        with torch.no_grad():
            codes = net[:3](torch.from_numpy(x))
        print("RESULT startup_torch first_output_s_after_interpreter=%.2f rows=%d rss_mb=%d"
              % (time.time() - T_START, len(codes), peak_rss_mb()))
    elif mode == "scale":
        rows, epochs, threads = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
        set_threads(threads)
        x = generated(rows, 50, 7)
        net = dense_net(50, [int(h) for h in sys.argv[5].split(",")], int(sys.argv[6]))
        seconds = train(net, x, epochs)
        print("RESULT scale_torch_%d loop_s=%.1f train_sps=%.0f rss_mb=%d" % (rows, seconds, rows * epochs / seconds,
                                                                           peak_rss_mb()))


if __name__ == "__main__":
    main()
