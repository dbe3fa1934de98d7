package org.optimizerplayground.web.analysis;

import jakarta.annotation.PreDestroy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.analysis.Progress;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.springframework.stereotype.Service;

/**
 * Runs learning-rate sweeps and basin maps off the request threads, on one pool as wide as the
 * machine, and keeps the latest results by link: reopening a link (or a whole class opening
 * the same one) finds its map computed, or joins the computation already running.
 */
@Service
public class AnalysisService {
    /** How many results are kept (a 200×200 map of 8 runs is about 4 MB). */
    static final int CACHE_SIZE = 16;

    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final ExecutorService runner = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "analysis");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job<?>> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job<?>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** A computation (running or done) that several pages may watch. */
    public static final class Job<T> implements Progress {
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final List<BiConsumer<Integer, Integer>> watchers = new CopyOnWriteArrayList<>();
        private volatile boolean cancelled;
        private volatile int finished;
        private volatile int total = 1;

        /** Completes with the result, or exceptionally (a {@code CancelledException} when cancelled). */
        public CompletableFuture<T> result() {
            return result;
        }

        /** Calls {@code watcher} with (finished, total) as the work advances. */
        public void watch(BiConsumer<Integer, Integer> watcher) {
            watchers.add(watcher);
            watcher.accept(finished, total);
        }

        /** Stops calling {@code watcher}. */
        public void unwatch(BiConsumer<Integer, Integer> watcher) {
            watchers.remove(watcher);
        }

        /** Stops the computation (every page watching it sees it cancelled). */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void done(int finishedNow, int totalNow) {
            finished = finishedNow;
            total = totalNow;
            watchers.forEach(w -> w.accept(finishedNow, totalNow));
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    /** The pool basin maps run on. */
    public ForkJoinPool pool() {
        return pool;
    }

    /** The sweep of {@code e} over {@code rates}, computed once per link and rates. */
    @SuppressWarnings("unchecked")
    public Job<List<LearningRateSweep.Curve>> sweep(Experiment e, double[] rates) {
        String key = "sweep|" + Link.format(e) + "|" + Arrays.toString(rates);
        return (Job<List<LearningRateSweep.Curve>>) start(key, job -> LearningRateSweep.run(e, rates, job));
    }

    /** The basin map of {@code e} on a {@code grid}×{@code grid} grid, computed once per link and grid. */
    @SuppressWarnings("unchecked")
    public Job<BasinMap.Result> basins(Experiment e, int grid) {
        String key = "basins|" + Link.format(e) + "|" + Arrays.toString(e.view()) + "|" + grid;
        return (Job<BasinMap.Result>) start(key, job -> BasinMap.run(e, grid, pool, job));
    }

    private interface Work<T> {
        T run(Job<T> job);
    }

    private synchronized <T> Job<?> start(String key, Work<T> work) {
        Job<?> existing = cache.get(key);
        if (existing != null && !(existing.result().isCompletedExceptionally())) {
            return existing;
        }
        Job<T> job = new Job<>();
        cache.put(key, job);
        runner.execute(() -> {
            try {
                job.result().complete(work.run(job));
            } catch (RuntimeException ex) {
                job.result().completeExceptionally(ex);
            }
        });
        return job;
    }

    @PreDestroy
    void shutdown() {
        runner.shutdownNow();
        pool.shutdownNow();
    }
}
