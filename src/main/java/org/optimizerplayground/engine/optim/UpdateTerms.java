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

    private final List<Term> terms = new ArrayList<>();

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
        return terms.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
