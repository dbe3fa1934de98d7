package org.optimizerplayground.web.export;

import static org.optimizerplayground.web.export.PythonText.py;

import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.GaussianNoise;
import org.optimizerplayground.web.export.CodeExport.Note;

/**
 * The gradient noise of a noisy experiment as Python: {@code sigma} and {@code noise}, one row
 * of N(0, 1) numbers per update (update k adds {@code sigma * noise[k - 1]} to the gradient).
 * Up to {@link #LITERAL_LIMIT} numbers the script carries the exact numbers the session drew;
 * beyond, it draws them again with the playground's own generator written in Python
 * ({@code java.util.SplittableRandom}, whose algorithm Java specifies, and Marsaglia's polar
 * method), so a long noisy run replays too. The same code serves PyTorch and Keras.
 */
final class NoiseCode {
    /**
     * Most numbers written out (dimension × updates): about 21 characters each, so at most
     * ≈ 21 kB of text in a script (the page sends the scripts on every edit).
     */
    static final int LITERAL_LIMIT = 1000;

    private NoiseCode() {
    }

    /** The Python lines, and the note that goes under the code. */
    record Noise(String code, Note note) {
    }

    static Noise of(Experiment e) {
        int dim = e.dimension();
        int count = dim * e.steps();
        StringBuilder s = new StringBuilder();
        s.append("sigma = ").append(py(e.noise())).append("  # gradient noise\n");
        if (count <= LITERAL_LIMIT) {
            double[] z = GaussianNoise.draws(e.seed(), count);
            s.append("# The N(0, 1) numbers the playground drew (seed ").append(e.seed())
                    .append("): update k adds sigma * noise[k - 1] to the gradient.\n");
            s.append("noise = [\n");
            for (int k = 0; k < e.steps(); k++) {
                s.append("    [");
                for (int i = 0; i < dim; i++) {
                    // Java's shortest round-trip digits (1.0E-5 is a Python float literal too): much
                    // faster than Python's own repr form, and the same double once read.
                    s.append(i == 0 ? "" : ", ").append(Double.toString(z[k * dim + i]));
                }
                s.append("],\n");
            }
            s.append("]\n");
            return new Noise(s.toString(), new Note("export.note.noise", List.of(Integer.toString(count))));
        }
        s.append("\n\n").append(GENERATOR).append("\n\n");
        s.append("# ").append(count).append(" N(0, 1) numbers, too many to write out: drawn again as the playground drew\n");
        s.append("# them (seed ").append(e.seed()).append("); update k adds sigma * noise[k - 1] to the gradient.\n");
        s.append("normals = playground_normals(").append(e.seed()).append(", ").append(count).append(")\n");
        s.append("noise = [normals[i:i + ").append(dim).append("] for i in range(0, ").append(count).append(", ")
                .append(dim).append(")]\n");
        return new Noise(s.toString(), new Note("export.note.noise.generated", List.of(Integer.toString(count),
                Integer.toString(LITERAL_LIMIT))));
    }

    private static final String GENERATOR = """
            def playground_normals(seed, count):
                \"\"\"The playground's N(0, 1) numbers: java.util.SplittableRandom(seed).nextDouble() pairs
                turned into normals by Marsaglia's polar method (Python's math.log may differ from
                Java's StrictMath.log in the last bit, far below what a trajectory shows).\"\"\"
                mask = (1 << 64) - 1
                state = seed & mask

                def next_double():
                    nonlocal state
                    state = (state + 0x9E3779B97F4A7C15) & mask
                    z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
                    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
                    return ((z ^ (z >> 31)) >> 11) * 2.0 ** -53

                out = []
                while len(out) < count:
                    while True:
                        u = 2 * next_double() - 1
                        v = 2 * next_double() - 1
                        s = u * u + v * v
                        if 0 < s < 1:
                            break
                    factor = math.sqrt(-2 * math.log(s) / s)
                    out += [u * factor, v * factor]
                return out[:count]
            """;
}
