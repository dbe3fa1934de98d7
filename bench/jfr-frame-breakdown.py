"""Counts a JFR recording's execution samples (`jfr print --events jdk.ExecutionSample`) by the
part of a frame they fall in: each panel's draw, the stepping, Vaadin's push (UIDL, its JSON,
Atmosphere, the websocket write) and the other threads. A sample counts for the first part, in
the order below, whose method is on its stack."""
import collections
import re
import sys

PARTS = [
    ("status chips (StatusChips.draw)", "StatusChips.draw"),
    ("EWMA explainer (EwmaPanel.draw)", "EwmaPanel.draw"),
    ("curves (CurvesPanel.draw)", "CurvesPanel.draw"),
    ("map (MapPanel.draw)", "MapPanel.draw"),
    ("update rule (RuleSection.draw)", "RuleSection.draw"),
    ("playback controls (PlaybackControls.draw)", "PlaybackControls.draw"),
    ("downloads (Downloads)", "Downloads."),
    ("frame socket: the binary write (FrameLink.send)", "FrameLink.send"),
    ("frame message: encoding (FrameMessage.bytes)", "FrameMessage.bytes"),
    ("frame channel: fence or Vaadin call (FrameChannel.send)", "FrameChannel.send"),
    ("other frame drawing (LiveSession.draw)", "LiveSession.draw"),
    ("stepping the runs (SimulationSession.tick)", "SimulationSession.tick"),
    ("push: UIDL, its JSON, Atmosphere, websocket write", "UidlWriter"),
    ("push: UIDL, its JSON, Atmosphere, websocket write", "AtmospherePushConnection"),
    ("Vaadin's access: the lock, and UI.push's dirty check (walks calls waiting for invisible elements)", "UIInternals.isDirty"),
    ("Vaadin's access: the lock, and UI.push's dirty check (walks calls waiting for invisible elements)", "VaadinSession.unlock"),
    ("Vaadin's access: the lock, and UI.push's dirty check (walks calls waiting for invisible elements)", "VaadinService.accessSession"),
    ("Vaadin's access: the lock, and UI.push's dirty check (walks calls waiting for invisible elements)", "VaadinService.runPendingAccessTasks"),
    ("push: UIDL, its JSON, Atmosphere, websocket write", "com.vaadin.flow.server.communication"),
    ("Vaadin, other (CurrentInstance, state tree)", "com.vaadin.flow.internal"),
]

counts = collections.Counter()
samples = open(sys.argv[1]).read().split("jdk.ExecutionSample {")[1:]
for sample in samples:
    thread = re.search(r'sampledThread = "([^"]*)"', sample).group(1)
    stack = sample.split("stackTrace = [", 1)[-1]
    if "frame-scheduler" not in thread:
        if "FrameEndpoint" in stack or "FrameLink" in stack:
            counts["other threads: frame socket acknowledgements"] += 1
        elif ("WsFrameServer" in stack or "WsRemoteEndpointImpl" in stack) and "atmosphere" not in stack:
            counts["other threads: frame socket I/O (Tomcat websocket)"] += 1
        else:
            counts["other threads: " + re.sub(r"-?\d+", "", thread)] += 1
        continue
    counts[next((name for name, key in PARTS if key in stack), "frame task, other")] += 1
total = sum(counts.values())
for name, n in counts.most_common():
    print(f"{n:6d} {100 * n / total:5.1f} %  {name}")
print(f"{total:6d} samples")
