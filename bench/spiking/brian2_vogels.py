#!/usr/bin/python3
"""
Reference run of the Vogels et al. (2011) network in Brian2 (doi:10.1126/science.1211095), for
comparison with Engram's engine in src/lib/sim/network.ts.

Source of the numbers: Brian2's example `examples/frompapers/Vogels_et_al_2011.py` (F. Zenke, 2011).
Debian's python3-brian 2.5.1 does not ship the examples, so the values below were copied from the
example in the brian-team/brian2 repository; they are the same numbers issue 9 pins:
  8,000 excitatory + 2,000 inhibitory cells, connection probability 0.02;
  g_L 10 nS, C 200 pF, E_L -60 mV, E_inh -80 mV, threshold -50 mV, reset -60 mV, refractory 5 ms,
  background current 200 pA; tau_AMPA 5 ms, tau_GABA 10 ms; E->any 0.3 nS, I->I 3 nS;
  I->E plastic (symmetric iSTDP, traces 20 ms, alpha = 2 * 3 Hz * 20 ms, eta = 1e-2 after a first
  second without plasticity, w clipped to [0, 100], start 1e-10); method='euler', dt 0.1 ms.

Two deliberate differences from the example, made identically in Engram's engine:
  * initial membrane potentials are uniform between -60 and -50 mV (the example leaves them at
    0 mV, which makes every cell fire together in the first step);
  * eta is a shared variable of the synapses, so that switching plasticity on after one second
    also works in standalone mode (the example changes a Python constant between two runs).
For network sizes other than 10,000 the connection probability is 0.02 * 10,000 / n, so that every
cell keeps about 200 inputs (the engine's `configFor` does the same).

Usage: /usr/bin/python3 bench/spiking/brian2_vogels.py [--n 10000] [--duration 10] [--window 2]
       [--device runtime|cpp_standalone] [--seed 1] [--json out.json]
Prints one JSON object: rates, CV of inter-spike intervals and mean inhibitory weight measured over
the last `window` seconds, per-second excitatory rates, and the wall-clock and CPU time of model time
1 s .. duration (after the first second, which also generates code in runtime mode).
"""
import argparse
import json
import os
import sys
import tempfile
import time
import warnings

warnings.filterwarnings('ignore')
import numpy as np  # noqa: E402
from brian2 import (  # noqa: E402
    NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, device, prefs, seed as b2seed,
    ms, mV, nS, pA, pF, Hz, second, set_device,
)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=10000)
    ap.add_argument('--duration', type=float, default=10.0, help='seconds of model time')
    ap.add_argument('--window', type=float, default=2.0, help='seconds at the end used for statistics')
    ap.add_argument('--device', default='runtime', choices=['runtime', 'cpp_standalone'])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--json', default='')
    args = ap.parse_args()

    if args.device == 'cpp_standalone':
        build_dir = tempfile.mkdtemp(prefix='engram-brian2-')
        set_device('cpp_standalone', directory=build_dir, build_on_run=False)
        prefs.devices.cpp_standalone.openmp_threads = 0
    else:
        prefs.codegen.target = 'cython'
    b2seed(args.seed)
    np.random.seed(args.seed)
    defaultclock.dt = 0.1 * ms

    n = args.n
    NE = int(round(n * 0.8))
    NI = n - NE
    epsilon = min(1.0, 0.02 * 10000 / n)

    tau_ampa = 5.0 * ms
    tau_gaba = 10.0 * ms
    tau_stdp = 20 * ms
    gl = 10.0 * nS
    el = -60 * mV
    er = -80 * mV
    vt = -50. * mV
    memc = 200.0 * pF
    bgcurrent = 200 * pA
    alpha = 3 * Hz * tau_stdp * 2
    gmax = 100

    eqs = '''
    dv/dt=(-gl*(v-el)-(g_ampa*v+g_gaba*(v-er))+bgcurrent)/memc : volt (unless refractory)
    dg_ampa/dt = -g_ampa/tau_ampa : siemens
    dg_gaba/dt = -g_gaba/tau_gaba : siemens
    '''
    neurons = NeuronGroup(n, model=eqs, threshold='v > vt', reset='v=el', refractory=5 * ms,
                          method='euler')
    neurons.v = 'el + rand()*(vt - el)'
    Pe = neurons[:NE]
    Pi = neurons[NE:]

    con_e = Synapses(Pe, neurons, on_pre='g_ampa += 0.3*nS')
    con_e.connect(p=epsilon)
    con_ii = Synapses(Pi, Pi, on_pre='g_gaba += 3*nS')
    con_ii.connect(p=epsilon)
    con_ie = Synapses(Pi, Pe, model='''
        w : 1
        eta : 1 (shared)
        dApre/dt=-Apre/tau_stdp : 1 (event-driven)
        dApost/dt=-Apost/tau_stdp : 1 (event-driven)
        ''',
        on_pre='''Apre += 1.
                  w = clip(w+(Apost-alpha)*eta, 0, gmax)
                  g_gaba += w*nS''',
        on_post='''Apost += 1.
                   w = clip(w+Apre*eta, 0, gmax)''')
    con_ie.connect(p=epsilon)
    con_ie.w = 1e-10

    sm_e = SpikeMonitor(Pe)
    sm_i = SpikeMonitor(Pi)
    net = Network(neurons, con_e, con_ii, con_ie, sm_e, sm_i)

    t0 = time.time()
    con_ie.eta = 0
    net.run(1 * second)
    if args.device == 'cpp_standalone':
        # The compiled program times model time 1 s .. duration itself (wall clock and CPU time of
        # the process), so every simulator is timed over the same span. Brian2's own
        # `_last_run_time` is the CPU time of the last run() call only.
        device.insert_code('main', 'struct timespec engram_w1; clock_gettime(CLOCK_MONOTONIC, &engram_w1); '
                           'std::clock_t engram_c1 = std::clock();')
    t1 = time.time()
    c1 = time.process_time()
    con_ie.eta = 1e-2
    net.run((args.duration - 1) * second)
    if args.device == 'cpp_standalone':
        device.insert_code('main', 'struct timespec engram_w2; clock_gettime(CLOCK_MONOTONIC, &engram_w2); '
                           'std::clock_t engram_c2 = std::clock(); '
                           'std::ofstream engram_out("results/engram_timing.txt"); '
                           'engram_out << ((engram_w2.tv_sec - engram_w1.tv_sec) + 1e-9 * (engram_w2.tv_nsec - engram_w1.tv_nsec)) '
                           '<< " " << (double)(engram_c2 - engram_c1) / CLOCKS_PER_SEC << std::endl; '
                           'engram_out.close();')
    t2 = time.time()
    c2 = time.process_time()
    sim_wall = None
    if args.device == 'cpp_standalone':
        tb = time.time()
        device.build(directory=None, compile=True, run=True, debug=False)
        run_cpu = float(device._last_run_time)
        build_wall = time.time() - tb
        total_wall = time.time() - t0
        with open(os.path.join(device.project_dir, 'results', 'engram_timing.txt')) as f:
            sim_wall, sim_cpu = (float(x) for x in f.read().split())
    else:
        # The first run also generates and compiles code (cached after the first time); the second
        # run is simulation only, so speed is measured on it.
        build_wall = None
        total_wall = t2 - t0
        sim_wall_second = t2 - t1

    T = args.duration
    W = args.window
    ti = np.asarray(sm_e.t / second)
    ii = np.asarray(sm_e.i)
    tI = np.asarray(sm_i.t / second)
    w = np.asarray(con_ie.w[:])

    sel = ti >= T - W
    rate_e = sel.sum() / (NE * W)
    rate_i = (tI >= T - W).sum() / (NI * W)
    cvs = []
    order = np.lexsort((ti[sel], ii[sel]))
    idx = ii[sel][order]
    tt = ti[sel][order]
    bounds = np.flatnonzero(np.diff(idx)) + 1
    for chunk in np.split(np.arange(len(idx)), bounds):
        if len(chunk) >= 3:
            isi = np.diff(tt[chunk])
            if isi.mean() > 0:
                cvs.append(isi.std() / isi.mean())
    per_second = [float(((ti >= s) & (ti < s + 1)).sum() / NE) for s in range(int(T))]

    out = {
        'simulator': 'brian2 %s' % args.device,
        'n': n, 'nE': NE, 'nI': NI, 'p': epsilon, 'seed': args.seed,
        'duration_s': T, 'window_s': W,
        'synapses': int(len(con_e) + len(con_ii) + len(con_ie)),
        'rate_e_hz': float(rate_e),
        'rate_i_hz': float(rate_i),
        'cv_isi_e': float(np.mean(cvs)) if cvs else None,
        'cv_cells': len(cvs),
        'w_mean_ns': float(w.mean()),
        'rate_e_per_second_hz': per_second,
        'wall_total_s': total_wall,
    }
    if args.device == 'cpp_standalone':
        out['wall_sim_s'] = sim_wall
        out['cpu_sim_s'] = sim_cpu
        out['sim_s_per_wall_s'] = (T - 1) / sim_wall
        out['sim_s_per_cpu_s'] = (T - 1) / sim_cpu
        out['wall_build_and_run_s'] = build_wall
        out['brian2_last_run_cpu_s'] = run_cpu
    else:
        out['wall_sim_s'] = sim_wall_second
        out['sim_s_per_wall_s'] = (T - 1) / sim_wall_second
        out['cpu_sim_s'] = c2 - c1
        out['sim_s_per_cpu_s'] = (T - 1) / (c2 - c1)
    text = json.dumps(out)
    if args.json:
        with open(args.json, 'w') as f:
            f.write(text + '\n')
    print(text)
    sys.stdout.flush()


if __name__ == '__main__':
    main()
