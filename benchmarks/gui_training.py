"""The window while it trains: speed against headless, UI responsiveness, plot rate, cold start.

    python benchmarks/gui_training.py [--repeats 4] [--busy] [--no-first-train] [--no-cold-start] [--trace]

Prints, from one run on this machine, each against a baseline measured in the same run:
  * per run (a table; a run is 4 GUI trainings, each between two headless ones: h g h g h g h g h; the
    medians of each side, the longest gap of the four): headless engine time, GUI training time of the
    notebook preset, their ratio (the median of the GUI trainings' ratios, each against the mean of the
    headless trainings before and after it; goal <= 1.15 idle, <= 1.5 busy), the longest gap between 5 ms
    timer ticks on the UI thread while training (goal <= 20 ms idle, <= 50 ms busy; against the longest gap
    with the window idle), the UI thread's CPU per snapshot, and the machine's load average
  * the UI thread's CPU time per snapshot drawn, against the ~33 ms between snapshots
    (unlike the gaps, it hardly depends on what else the machine runs), the window process's other
    threads' (relay, pipe) CPU per snapshot, and the helper's CPU time of a GUI training against a
    headless run's (Linux: /proc/PID/schedstat): what the reports and the sharing of the machine
    cost the training itself
  * the error plot's frames a second while training (>= 20 Hz), beside the snapshots a second
  * the time to Stop (Esc) returning control (< 100 ms)
  * first Train in a window just opened, in a new process as the app opens it, pressed as soon as
    the first frame is painted and 0.3 s after it - headless time (goal <= 0.15 s), first Train /
    the next Train, and the longest UI gap in the 0.3 s after the first paint
  * cold start to first painted frame / a bare PySide6 + pyqtgraph window (goal <= 1.2, must be <= 1.5),
    wall clock and the process's CPU time, with the package's bytecode compiled as installed
With ``--busy`` everything is measured again with one CPU-bound background process
running (started and stopped here, bounded in time). The last lines are issue 22's acceptance:
GUI / headless and the longest UI gap in each run, idle and busy, and the cold start, each PASS
or FAIL, then one PASS only when every check is met (and both phases and the cold start ran).
The machine's load average is printed: other processes (tests run by others) make the wall-clock
figures worse; the UI CPU per snapshot hardly moves with them. ``--trace`` also prints, for the
longest gap of each run, the events the UI thread handled in it (receiver, event type,
wall and CPU ms): where a stall comes from, and the events that took the most CPU time wherever they fell
(which, like the UI CPU per snapshot, hardly depends on the machine's load). It slows every event a little.

Runs offscreen unless a DISPLAY is set and QT_QPA_PLATFORM says otherwise.

Start-up figures measured on the project's 2-core machine, shared (load average ~3), 30 Nov 2026:
cold start 1.15-1.21 wall clock, 1.19-1.23 CPU time (9-11 interleaved runs; 1.43 / 1.37 before the
start-up work, same runs; 1.38-1.43 when the bytecode is not compiled, as with PYTHONDONTWRITEBYTECODE in
a source checkout). First Train pressed 0.3 s after the first paint: headless + 0.11 s, first / next
0.96; pressed at once: + 0.18 s, first / next 1.38 (the helper, started after the first paint, needs
~0.12 s to boot); longest UI gap in the 0.3 s after the first paint 35-44 ms.

Training figures, 7 Dec 2026, the same machine shared with seven engineers' tests (load average 5-8, so
the wall-clock checks measured their load too; ``--repeats 4 --busy --trace``, the code before this
work (main ad79d5d) and after it run in turn, twice): the UI thread's CPU per snapshot, medians, idle
17.8 and 12.2 ms before, 10.2 and 10.4 after; busy 16.2 and 16.0 before, 11.5 and 11.3 after (CPU time
grows with the machine's load: 12.3 idle and 13.2 busy before, at load average 0.5-1.6). The costliest
single event on the UI thread, medians: idle 20.3 and 14.1 ms before, 8.8 and 10.0 after; busy 19.2 and
17.8 before, 15.3 and 14.0 after. What changed (an instrumented run): the error plot draws a snapshot in
an event-loop turn of its own (0.6 ms) and its axes are laid out and drawn a few times a run instead of at
every re-fit (a frame 3.2 ms before, 1.3-1.5 after); the Run's handling of a snapshot, every view's share,
3.4 ms before, 1.6 after, of which the network diagram 1.2 ms (and 2.1 ms a frame, ~13 frames a second);
the decision map, when shown, 4.6 ms a snapshot before, 1.9 after. At load average 5.8: idle GUI /
headless 1.11 (0.93-1.13), longest UI gaps 17-36 ms; busy 1.61 (0.99-1.84), gaps 37-61 ms; the error
plot draws 29 frames a second.

7 Dec 2026, the machine quiet (load average 0.4 at the start), every branch of issues 22/23 merged, a run
being 3 interleaved pairs: idle GUI / headless 1.21, 1.16, 1.30, 1.29 (goal 1.15), longest UI gaps 18.6,
11.7, 11.4, 13.3 ms (goal 20); busy 1.42, 1.44, 1.55, 1.59 (goal 1.5), gaps 19.2, 25.5, 21.6, 25.8 ms
(goal 50); UI CPU per snapshot 10.5 ms; error plot 32 frames a second; cold start 1.27 (1.18 in the run
before, with single pairs, whose ratios scattered 0.99-1.39 idle as the headless time alone varied
472-733 ms). Where the rest of the GUI's time goes (a probe): Train's own work 11-13 ms, the first
snapshot 47-54 ms after the press (the job reached the helper ~30 ms after it), the helper's loop with
30 reports a second 7% slower than headless in a thread of its own, and slower again beside the window's
UI thread (~0.3 of a core while drawing).

7 Dec 2026, 04:50 UTC, the machine shared with seven engineers (load average 4.5-9, so every wall-clock figure
measured their load: GUI / headless scattered 0.95-1.53 for both versions), ``--busy --repeats 4 --no-first-train``,
main (e85323e) and this work run one after the other: UI CPU per snapshot idle 8.9-9.1 ms before, 7.5-8.3 after;
busy 8.5-9.3 before, 7.5-8.1 after; in pairs of 6 trainings each at load average 3.4-4 (a probe, the same
counter): 8.6, 10.4, 10.4 ms before, 7.5, 7.9, 8.2 after, the UI thread's share of a core 0.21-0.25 before,
0.19-0.20 after, its CPU a training 290-310 ms before, 185-230 after (Train's own work before the job leaves
no longer counts: the job goes first). Where a snapshot's UI time went before (an event-by-event count, CPU
time, ms a snapshot): the network diagram 4.1 (redrawn at ~25 Hz: pens, activations, text alternative,
a repaint of 2 ms), the error plot 2.8 (its draw 0.8, its repaint 1.3-2), the Run's handling 2.1, the status
bar's sentence, bar and History label 0.9. Now the diagram is drawn at most 12 times a second (1.6), the
status bar's three at most 10 (0.2); the error curve still every snapshot. The helper spent 1.09-1.28 times
a headless run's CPU time on the same training (its reports are ~0.2-0.7 ms each, 30 a second: ~2%; the
rest is sharing the machine). Cold start 1.32-1.43 in both versions at that load (not changed here).
With the legend kept as pixmaps too (05:05 UTC, load average 3.8, pairs of 6 trainings, before / after in
turn): UI CPU per snapshot 10.5, 11.2, 10.5 ms before, 8.6-9.0 after; a training's UI CPU 344-426 ms before,
275-310 after; the UI thread's share of a core 0.24-0.25 before, 0.22 after.

7 Dec 2026, 07:10-07:45 UTC, the machine shared (load average 3-9): the texts a screen reader reads when it
asks (the error plot's and the decision map's accessible descriptions) are written at most once a second
while a run trains, and exactly when it stops; the transport bar's iteration counter follows at most 10
times a second, as the status line's; a live re-fit of x alone leaves the legend to the re-fit of y. Counted
per training (8 notebook trainings, wrappers timing each call's CPU): the plot's description 33.8 calls
(0.14 ms each) before, 4.0 after; the legend 8.8 updates (~1 ms each) before, 5.6 after. The UI thread's CPU
per snapshot, a probe of 6 trainings beside the code before (same run, in turn): 7.71, 7.11, 6.67 ms before,
6.73, 6.34, 6.26 after; this benchmark, ``--repeats 2 --no-first-train --no-cold-start``, in turn: 5.8, 6.9,
6.9, 7.3 ms before, 5.0, 6.0, 6.7, 8.0 after (three trainings a run: within the machine's noise). Where the
rest goes (events timed on the UI thread, ms a snapshot): the error plot's frame 1.8-2.3 (its live curve,
3 px antialiased, ~0.7-0.9 ms of a 1-1.5 ms repaint even alone), the diagram 1.1-1.3 (frames at 12 Hz, ~3 ms
each while training), the live curve's setData 0.4, the Run's handling of a snapshot 0.3, outputs table 0.2;
per training, Train's reset of the views ~9 ms, the end ~7 ms, and two or three layouts of the whole window
(~2-5 ms each) when the outputs table's column widths change (predictions_model.fit_columns). The helper
spends 1.10-1.13 times a headless run's CPU on the same training (in one process without a window: its
History snapshots and reports ~1.05). Cold start unchanged (CPU time 604 / 434 ms before, 583 / 435 after,
5 interleaved starts each): before the first frame the app imports ~112 modules of its own (~73 ms CPU with
bytecode), of which making 42 dataclasses is about a third (Python 3.11 compiles each one's methods), and
PySide6's feature hook reads every imported module's source; then MainWindow() ~70-90 ms (the preset loaded,
numpy.random imported for the seed's weights) and the first show's polish and paint ~60 ms.

7 Dec 2026, 11:40-12:20 UTC, the machine shared (load average 0.8-1.9), the cold start alone. Qt painted the
first frame handing its small fills (the toolbars' gradients, the axes' cached pictures, the tab frames) to a
thread pool of its own and waiting for each: ~1,600 context switches before the first frame (the bare window
none); make_app now sets QT_NO_GUI_THREADPOOL (unless the user did): the same pixels (screenshots and a grab of
the first frame identical), show to first frame 62 -> 50 ms (8 starts each, medians). The formula panel (and
edge_formula, inspection) is made in the turn after the first frame or when first needed, the budget module at
the first Train; the diagram's 256 fill brushes without pg.mkBrush (2.5 -> 0.4 ms); the error plot made without
the menus it switched off at once. ``--cold-start-only``, main (71feb30, then 2e7d14b: the commits between touch
the atlas and the CLI, not the start-up) and this work in turn, 4 runs each: main 1.37, 1.42, 1.42, 1.45 (app
619 ms, bare 432, medians), CPU 1.38; now 1.34, 1.28, 1.38, 1.34 (app 580, bare 434), CPU 1.30. Goal 1.2 not
reached. Where the time goes now, after the imports both share (Python, PySide6, pyqtgraph, NumPy; in-process
marks, medians of 7 starts, wall ms): the bare window 30 (QApplication 2, window 16, show to painted 12); the
app 206 (main 232): make_app 5, our ~112 modules 72 (their bodies 29, of which 37 dataclasses 17; PySide6's
feature hook reading each one's source ~13), MainWindow() 80 (numpy.random's import ~9 for the seed's weights;
the error plot ~20, a PlotWidget being ~10 of it; the diagram ~18 with its layout; the table box 8; the settings
5-8; transport and History 9), show 14 (polish), to painted 35 (the error plot 8, its two axes 6.6; the diagram
4; ~150 widgets the rest). 1.2 asks for ~120 of those 206 ms: nearly all of it is work the first frame shows.

7 Dec 2026, 13:45-15:15 UTC, the cold start again (a script alternating the bare window, the session's first
commit c96e17a and this work, 21 starts each, load average 1.0-1.1): wall 568 -> 536 ms against a bare 426 ms,
1.333 -> 1.258; CPU 669 -> 637 ms against 529, 1.265 -> 1.205. What went: numpy.random (~10 ms: hashlib,
secrets and seven extension modules) is not imported for the first network, whose weights Python's own
Mersenne Twister draws in the state RandomState(seed) starts in (the same bits, tests/core/test_network_seed.py);
json, html (its 2,231 entity names), csv and queue are imported where used; the diagram no longer fits itself
twice at Qt's guessed 640 x 480 before it is shown (~4 ms), nor the main window's error plot its axes five
times (~10 ms instrumented; ErrorPlot(fit_when_shown=True)); the icon's eight PNGs are added with their sizes
(0.8 ms). This benchmark in the same hour (5 starts): idle 1.32, with the busy process 1.27. Where the rest is
(py-spy at 2 kHz over 12 starts, the app's own share after the imports both windows make): making 37
dataclasses ~13% (Python 3.11 compiles each one's six methods: ~0.5 ms a class), PySide6's feature hook reading
the source of each of the ~113 modules imported after it ~8%, unmarshalling and finding them ~13%, pyqtgraph's
own Python ~17%, our Python the rest. The goal 1.2 asks for ~25 ms more by the wall clock, ~0 by CPU time.
Training in the same run (``--busy --repeats 4 --no-first-train``, load average 1.0-1.5): idle GUI / headless
1.20, 1.17, 1.15, 1.37, longest gaps 15.9, 20.0, 16.5, 34.1 ms (FAIL); busy 1.22, 1.38, 1.39, 1.43, gaps 13.5-16.2
ms (PASS); the helper's CPU for a GUI training 1.09-1.26 times a headless run's (in one process, with the same
reports to a pipe that pickles them, 0.9-1.0: the rest is the machine's sharing of its two cores).

7 Dec 2026, 16:05-17:10 UTC, the machine quiet (load average 0.3-0.8). Training, ``--busy --repeats 4
--no-first-train``, at 16:04: idle GUI / headless 1.10, 1.11, 1.11, 1.14, longest gaps 9.4, 10.4, 7.0, 11.2 ms (PASS);
busy 1.29, 1.30, 1.29, 1.29, gaps 10.3-15.1 ms (PASS); at 17:08 (load average 1.2-1.7, a test run just ended): idle
1.11, 1.11, 1.07, 1.09, gaps 7.2-11.2 ms; busy 1.24, 1.41, 1.28, 1.28, gaps 12.1-16.7 ms (both PASS). The cold start
is now seen at the window's first expose (see POSTAMBLE): the application-wide Python filter before it handled
~2,100 events of the app's start and ~470 of the bare window's (same code, in turn, 7 starts each: app 367 -> 356
ms, bare 288 -> 285). The app imports its models and NumPy before Qt (app.WINDOW_MODELS: PySide6's import hook reads
the source of every module imported after it), makes window_ports' four records as named tuples and six
dataclasses with docstrings (33 dataclasses before the first frame, 14 ms; were 37, 17.9 ms): against the session's
first commit in the same harness (11 interleaved starts each) 1.277 -> 1.247 wall, 1.198 -> 1.176 CPU. This
benchmark, ``--cold-start-only --repeats 7``: 1.25, 1.26, 1.22 (16:37), 1.26, 1.32, 1.24 (17:10); CPU 1.16-1.23.
Goal 1.2 not reached: ~70-80 ms of the app's own work remain (imports of ~115 modules of which 33 dataclasses ~14 ms,
the creation of the ~80 Qt classes it uses beyond the bare window's, MainWindow() ~48 ms - the error plot 11, the
dataset box 5, the settings 4, the diagram 4, the preset shown 10 -, its show and first paint ~35 ms against ~12).

7 Dec 2026, 17:38-18:40 UTC, another machine of the same kind, ~1.6-2x slower a core (the bare window's cold start
450-650 ms, was ~285; the UI thread's CPU a snapshot 9.3-11.4 ms, was 5.1-6.2), its speed varying within a run (a
headless training 495-897 ms in one run; stolen time 0.1%). The cold start before this work: 1.15, 1.27, 1.33. PySide6
read the whole source of ~410 modules on the way to the first frame (its ``__feature__`` import hook, 35-45 ms);
app.FeatureDefaults now records its answer first (app.WINDOW_MODELS, which dodged the hook for ~120 modules, is
gone). In-process stage timings, 7 starts each in turn: app 639 -> 585 ms to the first frame against the bare
window's 511 (1.25 -> 1.14); the app's imports now take less than the bare window's (444 against 530 ms: its
pyqtgraph is not read either). Since, ``--cold-start-only --repeats 7``: 1.16, 1.00, 1.24, 1.20, 1.10, 1.22, 1.14;
in full runs 1.19, 1.10, 1.14, 1.17 idle and 1.02, 1.17, 0.92, 1.19 beside the busy process (CPU 1.07-1.19).
Training on this machine, ``--busy --repeats 4 --no-first-train``, four full runs: idle PASS once (0.84-1.14, gaps
14-18 ms), else 1.20-1.42 / 16-24 ms, 1.06-1.33 / 14-22 ms, 1.15-1.95 / 14-21 ms; busy PASS once (1.25-1.48 / 23-40
ms), else 1.07-1.89, one run of four at 1.54, 1.38-1.82 (gaps 23-33 ms, always within 50). Where a snapshot's UI time goes here: the
error plot ~3 ms (hidden: 10.5 -> 7.5 ms a snapshot), the outputs table ~1.7; the end of a run ~20 ms in one
event (the error plot's final refresh ~13, of which the legend's fit ~7; the run's History as checkpoints ~4).
The window's trainings now freeze the start-up's objects after the warm-up (gc.freeze), as the app does.
At 19:14 (the machine faster again: a headless training 460-525 ms, the bare window 388-435 ms; load average 1.7-2.1
from a test run just ended), with the legend fitted once a refresh: idle 1.12, 1.12, 1.19, 1.30, gaps 9-16 ms, UI CPU
7.7-9.2 ms a snapshot (FAIL on two ratios); busy 1.26, 1.41, 1.34, 1.50, gaps 14-20 ms (PASS); cold start 1.14 idle,
1.15 busy (PASS).

7 Dec 2026, 20:10-21:15 UTC, a new machine of the kind, idle but for this work (load average 0.1-2 from the
benchmarks themselves), its speed swinging within seconds (one headless training 545-1,014 ms within a benchmark;
twice a run's idle ratio came out 0.61 and 0.65: its headless trainings fell in a slow spell). Where a GUI training's
time went beyond the helper's loop (a probe stamping each stage): the job reached the helper 2-5 ms after Train; the
last report of the notebook run was 101 messages (108 KB, 12.6 ms to build: every weight snapshot pickled on its own,
384 bytes for 16 numbers) and arrived 19-32 ms after the loop ended; the window's end of the run, one event of
10-15 ms, followed. Now snapshots cross packed (40-49 final messages, 76 KB, 2.6-4.8 ms; arriving 4-10 ms after the
loop) and the end comes in two events (1-2 ms, then 7-8 ms); a GUI training is the helper's loop + 15-25 ms (was
35-50). The helper's own extra work, median of 10 interleaved pairs in one process against a plain Trainer: 1.047
before (its reports 3.4%, the History's snapshots 1.3%), 1.022 after. A run's ratio is now the median of its pairs'
ratios over 4 pairs in the order h g, g h, h g, g h (was the ratio of the two sides' medians over 3 pairs in the
same order): both trainings of a pair share the machine's speed of the moment. Traced idle runs: longest gaps 12-16 ms
(were 20-24, the end of a run). Three full runs, ``--busy --repeats 4 --no-first-train``, 21:10-21:15: idle 1.18,
1.18, 1.15, 0.91 / 1.00, 0.94, 1.09, 1.09 / 0.98, 1.24, 1.05, 1.27 (PASS in none; gaps 11-24 ms, over 20 twice), busy
1.58, 1.79, 1.41, 1.28 / 1.35, 1.38, 1.47, 1.41 / 1.25, 1.25, 1.14, 1.13 (PASS twice; gaps 17-49 ms), cold start
1.22 / 1.61 / 1.18 (the 1.61 in a slow spell: the bare window's CPU time 587 ms against the app's 876). Before this
work, in the same hour, alternating with it: idle 0.94 and 1.15 (medians over the runs), after 1.12 and 1.10: on
this machine the noise is larger than the change; the helper's share and the stages above are what moved.
After a review's fixes (the curve mirror thins only when the stride grows), two more full runs at 21:27-21:30: idle
0.97, 1.12, 1.27, 1.11 / 1.09, 1.11, 1.25, 1.23 (gaps 13-17 ms: PASS; the ratios FAIL on one and two runs), busy
1.12-1.31 / 1.30-1.40 (PASS; gaps 16-30 ms), cold start 1.15 / 1.24 (CPU time 1.12 / 1.18). In a probe straight after,
one headless training took 543-937 ms and the helper's loop 0.70-1.56 times the headless training before it.

7 Dec 2026, 22:40-23:40 UTC, another machine of the kind (AMD EPYC, NumPy 2.4.6's OpenBLAS on its Haswell kernels;
a headless training 750-1,750 ms; the UI thread's CPU a snapshot 10-13 ms, twice the last machine's). Its speed
is bimodal: 6,000 iterations take ~65 or ~130 ms, flipping every second or few. A run's ratio is now each GUI
training against the mean of the headless trainings just before and after it (h g h g h g h g h), the median of
the 4: 90 headless trainings in a row, labelled as if alternate ones were GUI trainings, gave run ratios of sd
0.054 this way against 0.120 with the pairs (2% of runs over 1.10 by chance, against 13%). Helper: each report
pickled once (the pipe's bytes are the size check's), the pipe polled through one select.poll, no running report
just before the final one (py-spy, 14 trainings: pickling 2.3 -> 0.85% of the helper's time, Pulse.should_stop
0.95 -> 0.48%). Where a GUI training's time goes (a stage probe, 10 trainings, medians): Train to the helper's
session 3.4 ms, the final report built 4.0 and sent 0.2, its arrival and the relay 7.4, the end's two turns 2.4 and
12.3 ms: the helper's loop + 36 ms in all. Full runs at 23:10 (before the helper's change) and 23:27 (after): idle
1.28, 1.10, 1.20, 1.31 / 1.23, 1.05, 1.07, 1.03 (the helper's CPU against headless 1.17 / 1.04); busy 1.20, 1.25,
1.64, 1.30 / 1.35, 1.02, 1.33, 1.06 (PASS after); idle gaps 15-20 / 20-38 ms, over 20 in most runs: ``--trace``
puts the longest events at the run's end (the Run's second turn, 12-21 ms: the error plot's final fit 7.5, of
which its legend 3.2; the buttons 1.6) and at Train (the error plot's reset, 9-14 ms), both ~1.5-2x the last
machine's. Cold start 1.23 / 1.33 (CPU time 1.20 / 1.28).
The two cores change speed apart from each other (two trainings at once, one pinned to each core: 89 and 69 ms
per 6,000 iterations in the same 5 s, then 66 and 77), and the helper and the headless trainings ran on different
cores: now both run on one core and the UI thread on the other (SameCore; --no-same-core as before). Idle runs in
turn, 00:08-00:13: same core 1.132 (1.16, 1.12, 1.14, 1.04) and 1.092 (1.07, 1.35, 1.09, 1.10), not pinned 1.157
(1.24, 1.03, 1.11, 1.21) and 1.139 (1.17, 1.11, 0.95, 1.17); the helper's CPU against headless 1.06-1.13 either
way. Full runs at 00:00 and 00:02 (not pinned): idle 1.12, 0.99, 1.09, 1.01 / 1.42, 1.01, 1.31, 1.32, busy 1.10,
1.09, 1.37, 1.46 / 1.48, 1.26, 1.49, 1.46, cold start 1.11 / 1.23; at 00:06 (same core): idle 1.15, 1.01, 1.23,
1.08, busy 1.12, 1.01, 1.18, 1.12 (PASS), cold start 1.06 (PASS); idle gaps 18-38 ms in all of them.

8 Dec 2026, 01:40-02:30 UTC, the same machine. ``--trace`` at the start: the run's end was in most runs' longest gap
(``MainWindow/Run:MetaCall`` 11-21 ms CPU, up to 48 ms with the repaints after it). The end's second turn was a
posted call (QTimer.singleShot(0)), and Qt's event loop handles every posted event in one go before it looks at its
timers and input: the second turn ran straight after the first and its repaints. As a zero timer of its own it
runs after them, with the ticks (and input) in between: idle gaps 24, 23, 20, 48 -> 17, 14, 15, 21 ms, the end in
no run's longest gap. The next longest were a run's first snapshots: the predictions table measured every column
twice (its fitter, then its width for the window's layout) when the first outputs replaced the dashes, 3-4.7 ms
beside the diagram's first frame; now only the output columns are measured (2.8-4.4 -> 0.8-2.5 ms). Full run at
02:21 (load average 2.6 at the start, from tests just ended): idle 1.16, 1.09, 1.13, 1.08 (gaps 17, 14, 15, 19 ms:
within 20 in every run; the ratio over in one), busy 1.10, 1.15, 1.29, 1.07 (gaps 24-45 ms, PASS), cold start
1.33 / 1.14 beside the busy process (CPU time 1.29 / 1.14); at 01:50: idle 1.14, 1.23, 1.06, 1.03 (gaps 15, 27,
18, 17), busy PASS, cold start 1.24 / 1.18. The helper's CPU against headless 1.05-1.08; the UI thread's CPU a
snapshot 9-12 ms. Still longest now: the window's paint at the diagram's frames (6-12 ms, 12 a second: the
diagram, the table and the plot together) and Train's first paint with its relayout (11-16 ms).
Two things outside the app's code moved these figures. (1) Where the result tabs stood moved (below the table:
this window at 1280x800 on the offscreen 800-px screen, at times), CompactResults answered each window layout
request with one more: ~650 layouts a second with the window idle, 60-70% of the UI's core (an idle gap of 50
ms, the UI thread's CPU 35.7 ms a snapshot, GUI / headless up to 1.55 in the run at 02:40); fixed in the app.
(2) A presentation scale saved in the machine user's settings (a probe's) opened every window here at scale 1.5:
the cold start 1.28-1.43; the benchmark now keeps settings of its own. Full run at 02:51 with both: idle 1.11,
0.92, 1.07, 1.08 (gaps 22, 14, 17, 19 ms: one over 20), busy 1.16, 1.12, 1.12, 1.13 (gaps 26-34 ms, PASS), cold
start 1.15 / 1.16 beside the busy process (PASS); a traced idle run after it: 1.11, 1.14, 1.11, 1.18, gaps 20.7,
17.0, 18.7, 17.8 ms, the longest the diagram's frames (5-13 ms of paint) and the end's second turn (10-14 ms).

8 Dec 2026, 03:54-05:30 UTC, the same machine (load average 0.6-1.6). At the start (idle, ``--trace``): 1.09, 1.21,
1.13, 0.94, gaps 23.4, 14.5, 16.3, 15.1 ms; in them the diagram's frame (its picture: pens grouped through a sort
of the pen records, a path per pen), Train's first paint, the plot's live re-fit (its legend's cut searched again
at each re-fit, 17 texts set). Now the pens are keyed by one integer and a few edges drawn as lines (the picture
1.8 -> 0.6 ms for 4-5-1, 25.8 -> 9.7 ms for 8-65-65-65-1), the table's columns keep their widths through a new
run's dashes (Train's first 60 ms, UI CPU in events over 0.8 ms, medians of 12 trainings in turn: 22.9 and 24.0
-> 14.0 and 20.9 ms), a cut legend entry is not searched again (8 texts set a re-fit). Idle, traced, after them:
1.08, 1.09, 1.11, 1.03 (gaps 16.8, 13.7, 12.8, 10.4) and 1.08, 1.09, 1.13, 1.07 (12.5, 13.7, 13.2, 17.1): PASS.
Full runs: 04:18 idle 1.11, 1.06, 1.07, 1.18 (gaps 13-18), busy 1.05-1.24 (17-27 ms, PASS), cold start 1.29 /
1.28; 04:35 idle 1.17, 1.23, 1.16, 1.13 (gaps 13-20), busy 1.06-1.22 (17-29 ms, PASS), cold start 1.20 (PASS) /
1.22. The morning's code (be57d32) and this (0e7acc8) in turn, idle, traced, twice: GUI / headless 1.170 and
1.140 -> 1.064 and 1.078, the helper's CPU against headless 1.19 and 1.10 -> 1.02 and 1.03.
The end's second turn (11-20 ms, then the repaint of the unlocked controls and the fitted plot, 6-11 ms) came in
the measured window only when a tick fell after it. It is now in pieces: the state (3.6-6 ms, its repaint 5-9),
the plot's exact fit 4 ms later (7.8-9.8), ``finished`` 8 ms later (2.4-3.8; in process, 3 ends). As
``finished`` ends the measured window, the whole end is measured now: idle untraced, that code and this in turn,
twice (05:23-05:27), gaps 21, 14, 14, 13 / 13, 19, 16, 15 ms before, 25, 17, 17, 22 / 13, 16, 19, 18 after;
the longest traced gaps now hold the end's pieces with a diagram frame. Cold start 1.20-1.29 over the day: of the
app's ~80 ms of imports past pyqtgraph, 24 ms create 33 dataclasses and 12.6 ms unmarshal 1.7 MB of bytecode.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer, qInstallMessageHandler  # noqa: E402

from busy import add_busy_option, busy_machine, phases  # noqa: E402
from cpu_cost import COST, helper_cpu  # noqa: E402

from playground.app import make_app  # noqa: E402
from playground.core.data.presets import get_preset  # noqa: E402
from playground.core.training.training import Trainer  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402


def headless_seconds() -> float:
    preset = get_preset("notebook")
    t0 = time.perf_counter()
    trainer = Trainer.from_settings(preset.dataset(), preset.settings)
    trainer.run(preset.settings.iterations)
    return time.perf_counter() - t0


class TickRecorder(QObject):
    """A 5 ms timer on the UI thread; its longest gap is how long the UI was unresponsive."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, interval=5)
        self.timer.timeout.connect(self.tick)
        self.ticks: list[float] = []
        self.cpu = 0.0  # the UI thread's CPU seconds during the last run recorded

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:])), default=0.0)


class FrameCounter(QObject):
    """Counts the frames a widget paints (its Paint events): the error plot's refresh rate."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.frames = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.frames += 1
        return False


def gui_run(window: MainWindow, ticks: TickRecorder | None = None) -> tuple[float, int]:
    """Press Train and wait for the end; returns (seconds, snapshots the window took)."""
    loop = QEventLoop()
    window.trainingFinished.connect(loop.quit)
    count = {"n": 0}

    def counted(_snap):
        count["n"] += 1

    window.run.changed.connect(counted)
    if ticks:
        ticks.ticks.clear()
        ticks.timer.start()
        TRACE.start()
    t0, cpu, process, helper = time.perf_counter(), time.thread_time(), time.process_time(), helper_cpu(window)
    assert window.train(), window.blocking_reason()
    loop.exec()
    seconds = time.perf_counter() - t0
    ui = time.thread_time() - cpu
    after = helper_cpu(window)
    COST.add(None if helper is None or after is None else after - helper, time.process_time() - process - ui)
    if ticks:
        ticks.cpu = time.thread_time() - cpu
        ticks.timer.stop()
        TRACE.report(ticks.ticks)
    window.run.changed.disconnect(counted)
    window.trainingFinished.disconnect(loop.quit)
    return seconds, count["n"]


class Trace:
    """With --trace: every event the UI thread handles for 1 ms or more (QApplication.notify), and
    what the longest tick gap of a run held."""

    def __init__(self) -> None:
        self.enabled, self.events, self._depth = False, [], 0
        self.longest_cpu: list[float] = []  # per run: the CPU seconds of its costliest event

    def app_class(self):
        from PySide6.QtWidgets import QApplication

        trace, main = self, threading.get_ident()

        class TracingApp(QApplication):
            def notify(self, receiver, event):  # noqa: N802 - Qt's name
                if not trace.enabled or threading.get_ident() != main:
                    return super().notify(receiver, event)
                t0, c0 = time.perf_counter(), time.thread_time()
                trace._depth += 1
                try:
                    return super().notify(receiver, event)
                finally:
                    trace._depth -= 1
                    t1 = time.perf_counter()
                    if t1 - t0 >= 0.001 and trace._depth == 0:  # outermost events only
                        trace.events.append((t0, t1, time.thread_time() - c0, _event_name(receiver, event)))

        return TracingApp

    def start(self) -> None:
        self.events.clear()

    def report(self, ticks: list[float]) -> None:
        if not self.enabled or len(ticks) < 2:
            return
        gap, a, b = max((b - a, a, b) for a, b in zip(ticks, ticks[1:]))
        inside = sorted((e for e in self.events if e[0] < b and e[1] > a), key=lambda e: e[0] - e[1])[:4]
        print(f"    longest gap {gap * 1e3:.1f} ms, {a - ticks[0]:.2f} s into the run: "
              + "; ".join(f"{name} {(t1 - t0) * 1e3:.1f} ms ({cpu * 1e3:.1f} CPU)" for t0, t1, cpu, name in inside))
        # The events that took the most CPU time (hardly depends on what else the machine runs): how long the
        # UI thread's single longest piece of work is, wherever it fell.
        costly = sorted(self.events, key=lambda e: -e[2])[:4]
        print("    most CPU in one event: " + "; ".join(
            f"{name} {cpu * 1e3:.1f} ms at {t0 - ticks[0]:.2f} s" for t0, _, cpu, name in costly))
        self.longest_cpu.append(costly[0][2] if costly else 0.0)


def _event_name(receiver, event) -> str:
    try:
        name = f"{type(receiver).__name__}{'#' + receiver.objectName() if receiver.objectName() else ''}"
        parent = receiver.parent() if not receiver.objectName() else None
        if parent is not None:
            name = f"{type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''}/{name}"
        return f"{name}:{event.type().name}"
    except RuntimeError:  # deleted meanwhile
        return "?"


TRACE = Trace()


def stop_latency(window: MainWindow) -> float:
    window.controls.iterations_spin.setValue(10**9)
    loop = QEventLoop()
    window.run.changed.connect(loop.quit)
    window.train()
    loop.exec()  # running for real
    window.run.changed.disconnect(loop.quit)
    done = QEventLoop()
    window.trainingFinished.connect(done.quit)
    t0 = time.perf_counter()
    window.stop_action.trigger()
    done.exec()
    window.trainingFinished.disconnect(done.quit)
    window.controls.iterations_spin.setValue(60000)
    return time.perf_counter() - t0


PREAMBLE = """
import os, sys, time
"""
# The first frame is seen where the window system hands the window its first expose: the widgets are painted
# while that event is handled, and a zero timer posted then runs once they are. A filter on the top-level
# QWindow sees a handful of events. One on the whole application (until 7 Dec 2026) saw every event of every
# widget: ~2,100 Python calls before the app's first frame, ~470 before the bare window's, so ~10 ms of the
# app's measured start and ~3 ms of the bare window's were the measurement's own (same runs, in turn); the
# same paint events come before the end mark either way.
POSTAMBLE = """
from PySide6.QtCore import QEvent, QObject, QTimer
painted = []
def frame_done():
    painted.append((time.time(), time.process_time()))
    app.quit()
def first_exposed():
    painted.append(None)
    QTimer.singleShot(0, frame_done)  # runs once the paint this expose makes is done
class FirstExpose(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Expose and not painted and obj.isExposed():
            first_exposed()
        return False
w.show()
f = FirstExpose()
w.windowHandle().installEventFilter(f)  # made by show(); the event loop delivers its expose
if w.windowHandle().isExposed() and not painted:  # a platform that exposed (and painted) within show()
    first_exposed()
app.exec()
print(*painted[-1])
w.close()  # a clean end (the app's helper process too), so the next measured start has the machine to itself
os._exit(0)
"""
BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(pg.PlotWidget())
w.resize(1280, 800)
"""
APP = """
from playground.app import open_window
app, w = open_window()  # as the app opens it
"""


def cold_start(setup: str) -> tuple[float, float]:
    """Seconds from starting a Python process to its window's first frame painted: (wall clock, CPU).

    The process reports the moment its first frame is painted (the clock of the machine, so
    it compares with ours) and its CPU time then (user + system, all its threads), which
    counts only its own work: on a machine that others share it varies less than the wall clock.
    """
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", PREAMBLE + setup + POSTAMBLE], check=True, env=os.environ.copy(),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # the offscreen notes
    painted_at, cpu = (float(v) for v in out.stdout.split()[-2:])
    return painted_at - t0, cpu


def idle_gap(ticks: TickRecorder, seconds: float = 1.0) -> float:
    """The longest tick gap with the window shown and nothing running: the baseline for the gaps."""
    loop = QEventLoop()
    ticks.ticks.clear()
    ticks.timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    ticks.timer.stop()
    return ticks.longest_gap()


FIRST_TRAIN = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from playground.app import open_window
app, w = open_window()  # as the app opens it
w.resize(1280, 800)
delay_ms = int(sys.argv[1])  # from the first paint to the first press
runs, pressed, ticks = [], [], []
ticker = QTimer(interval=5)  # on the UI thread until the first press: its longest gap is the UI's
ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
def press():
    ticker.stop()
    pressed.append(time.perf_counter())
    assert w.train(), w.blocking_reason()
def finished(status):
    runs.append(time.perf_counter() - pressed[-1])
    QTimer.singleShot(0, press) if len(runs) < 2 else app.quit()
class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not pressed:
            pressed.append(0.0)
            ticks.append(time.perf_counter())
            ticker.start()
            QTimer.singleShot(delay_ms, press)  # 0: as soon as the first frame is painted
        return False
w.trainingFinished.connect(finished)
f = FirstPaint()
app.installEventFilter(f)
w.show()
app.exec()
print(*runs, max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0))
w.close()
os._exit(0)
"""


def first_train(delay_ms: int = 0) -> tuple[float, float, float]:
    """A window just opened, as the app opens it (a new process): Train pressed ``delay_ms`` after
    the first frame is painted (0: at once), then once more; (first Train s, next Train s, the
    longest gap between 5 ms UI ticks from the first paint to the first press).

    A new process, started with ``-c``, so that the helper process it spawns imports what the
    app's helper imports (multiprocessing's spawn imports the parent's main script in the helper,
    and this script imports Qt and the window).
    """
    out = subprocess.run([sys.executable, "-c", FIRST_TRAIN, str(delay_ms)], check=True, env=os.environ.copy(),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # the offscreen notes
    first, following, gap = (float(v) for v in out.stdout.split()[-3:])
    return first, following, gap


# Issue 22's acceptance, on a 2-core machine, in each of 4 runs: (GUI / headless, longest UI gap in ms).
TARGETS = {"idle": (1.15, 20.0), "busy": (1.5, 50.0)}
COLD_START_TARGET = 1.2  # complete first frame / bare window, wall clock


PAIRS = 4  # GUI trainings per run, each between two headless ones: h g h g h g h g h (see measure)


class SameCore:
    """The helper and the headless trainings on one core, the UI thread on the other (Linux, 2+ cores; off
    with --no-same-core). This machine's two cores change speed apart from each other: two notebook trainings
    run at once, one pinned to each core, took 89 and 69 ms per 6,000 iterations in the same 5 s (medians),
    then 66 and 77; the scheduler otherwise keeps the helper and the benchmark's main thread, where the headless
    trainings run, on different cores, so their ratio measured the two cores' difference as much as the window's
    cost. The placement is the one the scheduler picks anyway while the window trains (two busy threads, two
    cores); pinning only keeps it. Only threads are pinned: the helper's main thread (it trains) and this
    process's main thread, moved to the training core for each headless training and back."""

    def __init__(self, enabled: bool) -> None:
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        self.enabled = enabled and len(cpus) >= 2
        self.cpus = set(cpus)
        self.train_cpu, self.ui_cpu = (cpus[-1], cpus[0]) if self.enabled else (None, None)

    def helper(self, window) -> None:
        pid = window.run.helper.helper_pid()
        if self.enabled and pid:
            os.sched_setaffinity(pid, {self.train_cpu})

    def ui(self) -> None:
        if self.enabled:
            os.sched_setaffinity(0, {self.ui_cpu})

    def headless(self) -> float:
        if not self.enabled:
            return headless_seconds()
        os.sched_setaffinity(0, {self.train_cpu})
        try:
            return headless_seconds()
        finally:
            os.sched_setaffinity(0, {self.ui_cpu})

    def release(self, window) -> None:
        if self.enabled:
            os.sched_setaffinity(0, self.cpus)
            pid = window.run.helper.helper_pid()
            if pid:
                os.sched_setaffinity(pid, self.cpus)


SAME_CORE = SameCore(False)  # main() sets it from the command line


def measure(app, repeats: int) -> dict:
    """The window trains ``repeats`` times (each after a headless run); prints and returns per-run figures."""
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    ticks = TickRecorder()
    gui_run(window)  # warm: helper process started, modules imported, caches filled
    gc.freeze()  # as the app does once its window is painted (playground.app): collections skip the start-up's objects
    baseline_gap = idle_gap(ticks)
    cores = SAME_CORE
    if cores.enabled:
        print(f"  the helper and the headless trainings on core {cores.train_cpu}, the UI thread on core {cores.ui_cpu}"
              f" (--no-same-core: where the scheduler puts them)")
    cores.ui()

    headless, gui, gaps, rates, cpus, others, helper_ratios, pair_ratios, bracket_ratios = ([], [], [], [], [], [],
                                                                                           [], [], [])
    print(f"  {'run':>3}  {'headless':>9}  {'GUI':>9}  {'GUI/headless':>12}  {'longest UI gap':>14}  "
          f"{'UI CPU/snapshot':>15}  {'snapshots':>9}  load")
    for i in range(repeats):
        # One run = PAIRS GUI trainings of the notebook preset, each between two headless ones: the run's times
        # are the medians of each side (one 0.5 s training varies by +-25% on this shared machine, headless as
        # much as GUI), its longest UI gap the longest over all its GUI trainings, its UI CPU their total.
        hs, gs, run_gaps, cpu, snaps = [], [], [], 0.0, 0
        COST.__init__()
        headless_cpu = 0.0
        for k in range(2 * PAIRS + 1):  # h g h g ... h: every GUI training between two headless ones
            if k % 2 == 0:
                c0 = time.process_time()
                hs.append(cores.headless())
                headless_cpu += time.process_time() - c0
            else:
                cores.helper(window)  # (the same helper serves every run; pinned again should it have changed)
                seconds, n = gui_run(window, ticks)
                gs.append(seconds)
                run_gaps.append(ticks.longest_gap())
                cpu += ticks.cpu
                snaps += n
        headless_cpu *= PAIRS / (PAIRS + 1)  # as much headless work as the GUI trainings did
        # The run's ratio is the median of its GUI trainings' ratios, each against the mean of the headless
        # trainings just before and just after it (bracketing): this machine's speed swings by a factor of up
        # to 2 every second or few (a headless training alone: 545-1,014 ms within one benchmark; in chunks of
        # 6,000 iterations it flips between ~65 and ~130 ms), and a drift during the three trainings then
        # moves both sides alike. Against the pairs' ratios used before (a GUI training against the headless
        # one beside it), the spread of a run's ratio when both sides run the same headless training is
        # about half (sd 0.054 against 0.120 over 82 runs of one sequence of 90 trainings: 2% of runs over
        # 1.10 by chance, against 13%).
        bracket_ratios.append(statistics.median(g / ((a + b) / 2) for g, a, b in zip(gs, hs, hs[1:])))
        pair_ratios.append(statistics.median(g / h for g, h in zip(gs, hs)))
        headless.append(statistics.median(hs))
        gui.append(statistics.median(gs))
        gaps.append(max(run_gaps))
        cpus.append(cpu / max(snaps, 1))
        others.append(COST.others / max(snaps, 1))
        if COST.helper is not None:
            helper_ratios.append(COST.helper / headless_cpu)
        print(f"  {i + 1:>3}  {headless[-1] * 1e3:>6.0f} ms  {gui[-1] * 1e3:>6.0f} ms  {bracket_ratios[-1]:>12.2f}  "
              f"{gaps[-1] * 1e3:>11.1f} ms  {cpus[-1] * 1e3:>12.1f} ms  {snaps:>9}  {os.getloadavg()[0]:.1f}")
    cores.release(window)
    # a longer run (about 5 s) for the steady refresh rate and UI gaps
    window.controls.iterations_spin.setValue(600000)
    frames = FrameCounter(window.error_plot.plot_widget.viewport())
    seconds, snaps = gui_run(window, ticks)
    rates.append(frames.frames / seconds)
    window.error_plot.plot_widget.viewport().removeEventFilter(frames)
    long_gap = ticks.longest_gap()
    window.controls.iterations_spin.setValue(60000)
    stops = [stop_latency(window) for _ in range(5)]
    window.close()
    window.deleteLater()

    ratio = statistics.median(bracket_ratios)
    print(f"  headless engine, notebook preset: median {statistics.median(headless) * 1e3:.0f} ms; "
          f"GUI (Train to finished): median {statistics.median(gui) * 1e3:.0f} ms")
    print(f"  GUI / headless training time (a run's: the median of its {PAIRS} GUI trainings' ratios, each against "
          f"the headless trainings before and after it): {ratio:.3f} (per run: "
          f"{', '.join(f'{r:.2f}' for r in bracket_ratios)}; against the headless training before each alone: "
          f"{', '.join(f'{r:.2f}' for r in pair_ratios)}; the runs' medians alone: "
          f"{', '.join(f'{g / h:.2f}' for g, h in zip(gui, headless))}; goal <= 1.15 idle, <= 1.5 busy)")
    print(f"  longest gap between 5 ms UI ticks while training: {max(gaps) * 1e3:.1f} ms "
          f"(per run: {', '.join(f'{g * 1e3:.1f}' for g in gaps)}; goal <= 20 idle, <= 50 busy); "
          f"with the window idle {baseline_gap * 1e3:.1f} ms, ratio {max(gaps) / baseline_gap:.1f}; "
          f"in a 600,000-iteration run {long_gap * 1e3:.1f} ms")
    print(f"  UI thread CPU per snapshot drawn: median {statistics.median(cpus) * 1e3:.1f} ms (per run: "
          f"{', '.join(f'{c * 1e3:.1f}' for c in cpus)}), {statistics.median(cpus) * 30:.2f} of the "
          f"33 ms between two snapshots")
    print(f"  the window process's other threads (relay, pipe) per snapshot: median {statistics.median(others) * 1e3:.1f}"
          f" ms CPU")
    if helper_ratios:
        print(f"  helper CPU time of a GUI training / headless CPU time: median {statistics.median(helper_ratios):.3f} "
              f"(per run: {', '.join(f'{r:.2f}' for r in helper_ratios)}): what the reports and the machine's "
              f"sharing cost the training itself")
    print(f"  error plot frames while training (600,000 iterations, {seconds:.1f} s): {rates[0]:.1f} Hz (>= 20), "
          f"{snaps / seconds:.1f} snapshots a second")
    if TRACE.longest_cpu:
        costliest = statistics.median(TRACE.longest_cpu)
        print(f"  the UI thread's costliest single event (CPU time): median {costliest * 1e3:.1f}"
              f" ms (per run: {', '.join(f'{c * 1e3:.1f}' for c in TRACE.longest_cpu)})")
        TRACE.longest_cpu.clear()
    print(f"  Stop to control back: median {statistics.median(stops) * 1e3:.1f} ms, max {max(stops) * 1e3:.1f} ms "
          f"(< 100)")
    return {"ratios": bracket_ratios, "gaps": gaps, "cpus": cpus}


def measure_first_train(repeats: int) -> None:
    for delay_ms, when in ((0, "as soon as the first frame is painted"), (300, "0.3 s after the first paint")):
        firsts, headless = [], []
        for _ in range(repeats):  # interleaved with the headless runs: the same machine load
            firsts.append(first_train(delay_ms))
            headless.append(headless_seconds())
        extra = [f - h for (f, _, _), h in zip(firsts, headless)]
        print(f"  first Train in a window just opened (a new process), pressed {when}: "
              f"{', '.join(f'{f * 1e3:.0f}' for f, _, _ in firsts)} ms, next Train "
              f"{', '.join(f'{n * 1e3:.0f}' for _, n, _ in firsts)} ms; headless "
              f"{', '.join(f'{h * 1e3:.0f}' for h in headless)} ms; first - headless median "
              f"{statistics.median(extra):+.2f} s (per run: {', '.join(f'{e:+.2f}' for e in extra)}; goal <= 0.15); "
              f"first / next Train median {statistics.median(f / n for f, n, _ in firsts):.2f}")
        if delay_ms:
            print(f"  longest UI gap in the {delay_ms / 1000:.1f} s after the first paint (the rest of the window "
                  f"made, the helper process started): median {statistics.median(g for _, _, g in firsts) * 1e3:.1f} ms "
                  f"(per run: {', '.join(f'{g * 1e3:.1f}' for _, _, g in firsts)})")


def measure_cold_start(repeats: int) -> float:
    """Prints the cold start figures; returns the wall-clock ratio (app / bare window, medians)."""
    bare, ours = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine load
        bare.append(cold_start(BARE))
        ours.append(cold_start(APP))
    wall = [statistics.median(w for w, _ in runs) for runs in (ours, bare)]
    cpu = [statistics.median(c for _, c in runs) for runs in (ours, bare)]
    print(f"  cold start to first paint: app median {wall[0] * 1e3:.0f} ms, "
          f"bare PySide6 + pyqtgraph window median {wall[1] * 1e3:.0f} ms, "
          f"ratio {wall[0] / wall[1]:.2f} (goal <= 1.2, must be <= 1.5); CPU time of the process "
          f"{cpu[0] * 1e3:.0f} ms / {cpu[1] * 1e3:.0f} ms, ratio {cpu[0] / cpu[1]:.2f}")
    return wall[0] / wall[1]


def verdict(name: str, figures: dict) -> bool:
    """One line: each run's GUI / headless ratio and longest UI gap against issue 22's targets."""
    most_ratio, most_gap = TARGETS[name]
    runs = list(zip(figures["ratios"], figures["gaps"]))
    passed = all(r <= most_ratio and g * 1e3 <= most_gap for r, g in runs)
    print(f"  {name}: {'PASS' if passed else 'FAIL'} - GUI / headless <= {most_ratio} and longest UI gap <= "
          f"{most_gap:.0f} ms in each run: " + "; ".join(
              f"run {i + 1} {r:.2f} / {g * 1e3:.0f} ms{'' if r <= most_ratio and g * 1e3 <= most_gap else ' (over)'}"
              for i, (r, g) in enumerate(runs)))
    return passed


def _quiet_offscreen_notes(mode, context, message) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--no-cold-start", action="store_true", help="skip the cold start measurement")
    parser.add_argument("--trace", action="store_true", help="print what the UI thread did in each run's longest gap")
    parser.add_argument("--cold-start-only", action="store_true", help="measure only the cold start")
    parser.add_argument("--first-train-only", action="store_true", help="measure only the first Train")
    parser.add_argument("--no-first-train", action="store_true", help="skip the first-Train measurement")
    parser.add_argument("--no-same-core", action="store_true",
                        help="leave the helper and the headless trainings where the scheduler puts them (see SameCore)")
    add_busy_option(parser)
    args = parser.parse_args()

    # The app as a new user has it, never with the settings and autosaves of the machine's user: a presentation
    # scale saved in them (a probe or a screenshot that switched presentation mode on) made every window of the
    # benchmark, the measured starts among them, open at scale 1.5 (the cold start 1.28-1.43 instead of ~1.15).
    # Here and in the processes it starts (XDG_CONFIG_HOME: Qt's settings on Linux).
    private = tempfile.mkdtemp(prefix="nn-playground-benchmark-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(private, "config")
    os.environ["NN_PLAYGROUND_DATA_DIR"] = os.path.join(private, "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])

    # The app as a user has it: pip writes the package's bytecode (__pycache__) when it installs it and
    # the bundle ships it. Without it, with PYTHONDONTWRITEBYTECODE set (as on the project's machines),
    # every start of the app and of its helper process compiles the app's ~60 modules from source
    # (about 100 ms more to the first paint, measured), while the baseline's libraries are compiled.
    import playground

    compileall.compile_dir(os.path.dirname(playground.__file__), quiet=1)

    if args.trace:
        TRACE.enabled = True
        TRACE.app_class()(sys.argv[:1])  # make_app() below takes this QApplication
    app = make_app()
    from playground.core.helper import threads

    threads.pin_blas_threads(1)  # as the app's process does after its first paint (playground.app)
    qInstallMessageHandler(_quiet_offscreen_notes)
    load_before = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average {', '.join(f'{v:.2f}' for v in load_before)} (1, 5, 15 min) "
          f"before the benchmark's own processes")
    global SAME_CORE
    SAME_CORE = SameCore(not args.no_same_core)
    training, cold = {}, {}
    for name, loaded in phases(args.busy):
        with busy_machine(loaded, max_seconds=600):
            print(f"{name} machine{' (one CPU-bound background process)' if loaded else ''}, "
                  f"load average {os.getloadavg()[0]:.2f}:")
            if not (args.cold_start_only or args.first_train_only):
                training[name] = measure(app, args.repeats)
            if not args.cold_start_only and not args.no_first_train:
                measure_first_train(max(args.repeats, 3))
            if not (args.no_cold_start or args.first_train_only):
                cold[name] = measure_cold_start(max(args.repeats, 5))
    print(f"summary (issue 22's acceptance; load average {os.getloadavg()[0]:.2f} at the end):")
    passed = [verdict(name, figures) for name, figures in training.items()]
    if "idle" in cold:
        passed.append(cold["idle"] <= COLD_START_TARGET)
        print(f"  cold start: {'PASS' if passed[-1] else 'FAIL'} - complete first frame / bare window "
              f"{cold['idle']:.2f} (<= {COLD_START_TARGET}"
              + (f"; with the busy process {cold['busy']:.2f})" if "busy" in cold else ")"))
    complete = set(training) == {"idle", "busy"} and "idle" in cold
    print(f"  {'PASS' if all(passed) and complete else 'FAIL'}"
          + ("" if complete else " (incomplete: needs --busy and the cold start)")
          + f" - {sum(passed)} of {len(passed)} checks met")
    if load_before[0] > 1.0:  # the targets are for a machine whose only other load is the --busy process
        print(f"  note: other processes already loaded the machine (load average {load_before[0]:.2f} before the "
              f"start): the wall-clock checks measured that load too; the UI CPU per snapshot hardly depends on it")
    del app


if __name__ == "__main__":
    main()
