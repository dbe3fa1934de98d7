package org.optimizerplayground.engine.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The named quantities of one update, in the order the update rule computes them: for Adam
 * g, m, s, m̂, ŝ, the step… The update-rule panel shows exactly these numbers.
 *
 * <p>Each term has a key (stable, ASCII: {@code m_hat}) and the LaTeX symbol the lecture uses
 * ({@code \hat{m}}). Values are copied when recorded.
 */
public final class UpdateTerms {
    /** One named quantity: a vector (one value per θ component) or a scalar (length 1). */
    public record Term(String key, String latex, double[] values, boolean scalar) {
        public Term {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** Sized for the longest rule (AdamW with amsgrad records about a dozen terms), so that it never grows. */
    private final List<Term> terms = new ArrayList<>(16);

    /** Records a per-component quantity. */
    public UpdateTerms vector(String key, String latex, double[] values) {
        terms.add(new Term(key, latex, values, false));
        return this;
    }

    /** Records a scalar quantity (k, α_k, a bias correction…). */
    public UpdateTerms scalar(String key, String latex, double value) {
        terms.add(new Term(key, latex, new double[] {value}, true));
        return this;
    }

    /** All terms, in recording order. */
    public List<Term> all() {
        return List.copyOf(terms);
    }

    /** The term with this key, if recorded. */
    public Optional<Term> get(String key) {
        return Optional.ofNullable(find(key));
    }

    /**
     * Value {@code i} of the term with this key, without copying its values (a replay reads a few
     * numbers of every update; {@link #get} copies the whole vector each time).
     *
     * @throws IllegalStateException when no term has this key
     * @throws IndexOutOfBoundsException when {@code i} is not a component of the term
     */
    public double value(String key, int i) {
        Term t = find(key);
        if (t == null) {
            throw new IllegalStateException("no term " + key);
        }
        return t.values[i];
    }

    private Term find(String key) {
        for (int j = 0, n = terms.size(); j < n; j++) {
            Term t = terms.get(j);
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
