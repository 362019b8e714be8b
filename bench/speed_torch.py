"""Issue 8's PyTorch reference: the same networks, data and settings as bench/SpeedBenchmark.java.

Run by bench/run-speed.sh with Debian's python3-torch (/usr/bin/python3). One measurement per process, printed as
one line starting with "RESULT", so that the peak RSS (VmHWM) belongs to that measurement alone.

  dense <hidden> <epochs> <threads>   784-hidden-30-mirror, ReLU, linear code and output, MSE, Adam 0.001, batch 128
  conv <epochs> <threads>             ConvolutionalAutoencoder's default net (filters 16,32, 3x3, stride 2, code 32)
  vae <epochs> <threads>              bench/vae_torch.py's VAE (784-400-20, Bernoulli), mean ELBO per row; filtering
                                      = the encoder's mean
  denoising <hidden> <epochs> <threads>   the dense net trained on x + N(0, 0.5^2) clipped to [0,1], fresh noise per
                                      minibatch, MSE against the clean x
  recurrent <epochs> <threads>        RecurrentArchitecture's default LSTM autoencoder on the CO2 windows (see
                                      LstmAutoencoder); filtering = the codes of the test windows
  startup                             import torch, train 1 epoch on 20 rows of 5 attributes, output the codes
  scale <rows> <epochs> <threads> <hidden> <code>   dense net on generated 50-attribute data (suite: 512,128 and 10)
"""
import gzip
import sys
import time

T_START = time.time()

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

from vae_torch import Vae, negative_elbo  # noqa: E402  (bench/ is on the path: this script's own folder)


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def arff_rows(path):
    """The data lines of a gzipped ARFF file, each split at its commas (no quoted values in the shipped data)."""
    with gzip.open(path, "rt") as f:
        data = False
        for line in f:
            line = line.strip()
            if not line or line.startswith("%"):
                continue
            if data:
                yield line.split(",")
            elif line.lower().startswith("@data"):
                data = True


def load(path, width=784):
    return np.stack([np.array(values[:width], dtype=np.float32) for values in arff_rows(path)])


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


def mse_loss(net, xb):
    return F.mse_loss(net(xb), xb)


def train(net, x, epochs, batch=128, seed=1, loss_of=mse_loss, clip=None):
    """Adam 0.001 on shuffled minibatches; loss_of(net, minibatch) gives the loss, clip an element-wise gradient
    bound (None: no clipping)."""
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    g = torch.Generator().manual_seed(seed)
    xt = torch.from_numpy(x)
    t0 = time.perf_counter()
    for _ in range(epochs):
        perm = torch.randperm(len(xt), generator=g)
        for i in range(0, len(xt), batch):
            xb = xt[perm[i:i + batch]]
            opt.zero_grad()
            loss = loss_of(net, xb)
            loss.backward()
            if clip is not None:
                nn.utils.clip_grad_value_(net.parameters(), clip)
            opt.step()
    return time.perf_counter() - t0


def filter_rate(forward, x):
    """Rows per second of forward (the net, or the part of it that gives the filter's output), best of 3."""
    xt = torch.from_numpy(x)
    best = float("inf")
    with torch.no_grad():
        for _ in range(3):
            t0 = time.perf_counter()
            forward(xt)
            best = min(best, time.perf_counter() - t0)
    return len(x) / best


def vae_loss(net, xb):
    # Ours reports and differentiates the mean negative ELBO per row; vae_torch's negative_elbo is the batch sum.
    return negative_elbo(net, xb) / len(xb)


def vae_code(net, x):
    """The filter's default code output: the posterior mean, no sampling."""
    return net.mean(F.relu(net.hidden(x)))


def noisy_mse_loss(sd):
    """DenoisingAutoencoder with GaussianNoise -stddev sd -clip: fresh noise per minibatch, clipped to the training
    range ([0,1] for MNIST pixels), loss against the clean rows."""
    def loss_of(net, xb):
        return F.mse_loss(net((xb + sd * torch.randn_like(xb)).clamp(0, 1)), xb)
    return loss_of


class LstmAutoencoder(nn.Module):
    """RecurrentArchitecture with its defaults (-units 64, code 10) for one channel: LSTM encoder, its last step ->
    linear code -> the code repeated at every step -> LSTM decoder -> linear output per step; input [rows, steps, 1].

    Differences from DL4J's graph: PyTorch's LSTM has two bias vectors per gate (input and recurrent), DL4J's one
    (the sums start equal: forget gate 1, others 0); no step masks (the windows are complete after interpolation,
    so DL4J's masks are absent too); PyTorch's fused LSTM kernel vs DL4J's per-step matrix products."""

    def __init__(self, channels=1, units=64, code=10):
        super().__init__()
        self.encoder = nn.LSTM(channels, units, batch_first=True)
        self.code = nn.Linear(units, code)
        self.decoder = nn.LSTM(code, units, batch_first=True)
        self.output = nn.Linear(units, channels)
        # DL4J's start: Xavier (normal) weights, zero biases except the forget gate's, which starts at 1.
        for name, p in self.named_parameters():
            if "weight" in name:
                nn.init.xavier_normal_(p)
            else:
                nn.init.zeros_(p)
        for lstm in (self.encoder, self.decoder):
            lstm.bias_ih_l0.data[units:2 * units] = 1  # PyTorch's gate order: input, forget, cell, output

    def encode(self, x):
        return self.code(self.encoder(x)[0][:, -1])

    def forward(self, x):
        repeated = self.encode(x).unsqueeze(1).expand(-1, x.shape[1], -1)
        return self.output(self.decoder(repeated)[0])


def sequence_mse_loss(net, xb):
    # DL4J's RnnOutputLayer MSE: mean over channels, summed over the steps, averaged over the sequences. The scale
    # matters here because gradients are clipped before Adam.
    return ((net(xb) - xb) ** 2).mean(dim=2).sum(dim=1).mean()


def co2_windows(path="datasets/co2-windows.arff.gz", window=52):
    """bench/RecurrentBenchmark.java's preparation: gaps interpolated inside each window, the first 70 % of the
    windows for training, a gap of window/4 windows, the rest for testing, each window centred on its own mean; then
    the filter's automatic min-max scaling to [0,1] with the training windows' range. Returns [rows, steps, 1]."""
    rows = []
    for fields in arff_rows(path):
        values = np.array([np.nan if v == "?" else float(v) for v in fields[1:window + 1]])
        steps, seen = np.arange(window), ~np.isnan(values)
        rows.append(np.interp(steps, steps[seen], values[seen]))  # ends take the nearest observed value
    x = np.stack(rows)
    n_train = int(np.floor(len(x) * 0.7 + 0.5))  # Java's Math.round
    train, test = x[:n_train], x[n_train + window // 4:]
    train, test = train - train.mean(1, keepdims=True), test - test.mean(1, keepdims=True)
    low, high = train.min(), train.max()
    return [((w - low) / (high - low)).astype(np.float32)[:, :, None] for w in (train, test)]


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
    if mode in ("dense", "conv", "vae", "denoising", "recurrent"):
        epochs, threads = int(sys.argv[-2]), int(sys.argv[-1])
        set_threads(threads)
        if mode == "recurrent":
            x, xt = co2_windows()
        else:
            x, xt = load("datasets/mnist-train.arff.gz"), load("datasets/mnist-test.arff.gz")
        loss_of, clip = mse_loss, None
        if mode in ("dense", "denoising"):
            hidden = [int(h) for h in sys.argv[2].split(",")]
            net, name = dense_net(784, hidden, 30), mode + "_" + sys.argv[2]
            forward = net
            if mode == "denoising":
                loss_of = noisy_mse_loss(0.5)
        elif mode == "conv":
            net, name = ConvNet(), "conv"
            forward = net
        elif mode == "vae":
            net, name, loss_of = Vae(), "vae", vae_loss
            forward = lambda rows: vae_code(net, rows)  # noqa: E731
        else:
            net, name, loss_of, clip = LstmAutoencoder(), "recurrent", sequence_mse_loss, 1.0
            forward = net.encode  # the filter's default output: the code of each window
        cpu0 = time.process_time()
        seconds = train(net, x, epochs, loss_of=loss_of, clip=clip)
        cpu = time.process_time() - cpu0
        rate = filter_rate(forward, xt)
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
