package org.optimizerplayground.engine.analysis;

/** Where a long computation reports how far it got, and learns whether to stop. */
public interface Progress {
    /** Nothing watches and nothing cancels. */
    Progress NONE = new Progress() {
        @Override
        public void done(int finished, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code finished} of {@code total} units of work are done (called from worker threads). */
    void done(int finished, int total);

    /** Whether the work should stop as soon as it can. */
    boolean cancelled();
}
