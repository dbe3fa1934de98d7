package org.optimizerplayground.engine.network;

import java.util.Arrays;

/**
 * The two eigenvectors of largest eigenvalue of a symmetric matrix C (the paths' second-moment
 * matrix of {@link Landscape#pca}), with their eigenvalues: the whole eigensystem by cyclic Jacobi
 * for small C, subspace iteration with a Rayleigh–Ritz step above.
 */
final class TopEigenvectors {
    private TopEigenvectors() {
    }

    /** {d₁, d₂, {λ₁, λ₂}} of {@code c} (destroyed). */
    static double[][] of(double[][] c) {
        return c.length <= FULL_JACOBI ? topTwoJacobi(c) : topTwoSubspace(c);
    }

    /** Up to this many parameters the whole eigensystem of C is found by Jacobi; above, subspace iteration. */
    static final int FULL_JACOBI = 48;

    /** {d₁, d₂, {λ₁, λ₂}} by Jacobi on the whole of {@code c} (destroyed). */
    static double[][] topTwoJacobi(double[][] c) {
        int p = c.length;
        double[][] vectors = new double[p][p];
        double[] values = jacobi(c, vectors);
        Integer[] idx = order(values);
        return new double[][] {column(vectors, idx[0]), column(vectors, idx[1]),
                {values[idx[0]], values[idx[1]]}};
    }

    /**
     * {d₁, d₂, {λ₁, λ₂}} by orthogonal (subspace) iteration with 8 vectors and a Rayleigh–Ritz
     * step (Jacobi on the 8 × 8 projection), from the unit vectors of C's 8 largest diagonal
     * entries, until the two leading Ritz pairs' residuals ‖Cq − λq‖ are below 1e-10·λ₁ (at most
     * 3000 iterations).
     */
    static double[][] topTwoSubspace(double[][] c) {
        int p = c.length;
        int s = 8;
        double[] diagonal = new double[p];
        for (int i = 0; i < p; i++) {
            diagonal[i] = c[i][i];
        }
        Integer[] start = order(diagonal);
        double[][] q = new double[s][p];
        for (int j = 0; j < s; j++) {
            q[j][start[j]] = 1;
        }
        double[][] z = new double[s][p];
        double[][] ritz = new double[s][];
        double[] values = new double[s];
        Integer[] idx = null;
        for (int iteration = 0; iteration < 3000; iteration++) {
            for (int j = 0; j < s; j++) {
                multiply(c, q[j], z[j]);
            }
            orthonormalise(z);
            double[][] h = new double[s][s];
            double[][] cz = new double[s][p];
            for (int j = 0; j < s; j++) {
                multiply(c, z[j], cz[j]);
            }
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < s; j++) {
                    h[i][j] = dot(z[i], cz[j]);
                }
            }
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < i; j++) {
                    double m = 0.5 * (h[i][j] + h[j][i]);
                    h[i][j] = m;
                    h[j][i] = m;
                }
            }
            double[][] y = new double[s][s];
            values = jacobi(h, y);
            idx = order(values);
            for (int r = 0; r < s; r++) {
                double[] v = new double[p];
                for (int j = 0; j < s; j++) {
                    double w = y[j][idx[r]];
                    for (int i = 0; i < p; i++) {
                        v[i] += w * z[j][i];
                    }
                }
                ritz[r] = v;
            }
            double worst = 0;
            double[] cv = new double[p];
            for (int r = 0; r < 2; r++) {
                multiply(c, ritz[r], cv);
                double res = 0;
                for (int i = 0; i < p; i++) {
                    double d = cv[i] - values[idx[r]] * ritz[r][i];
                    res += d * d;
                }
                worst = Math.max(worst, StrictMath.sqrt(res));
            }
            for (int r = 0; r < s; r++) {
                q[r] = ritz[r].clone();
            }
            if (worst <= 1e-10 * Math.abs(values[idx[0]]) || values[idx[0]] == 0) {
                break;
            }
        }
        double[][] v = new double[p][2];
        for (int i = 0; i < p; i++) {
            v[i][0] = ritz[0][i];
            v[i][1] = ritz[1][i];
        }
        return new double[][] {column(v, 0), column(v, 1), {values[idx[0]], values[idx[1]]}};
    }

    private static void multiply(double[][] c, double[] x, double[] out) {
        for (int i = 0; i < c.length; i++) {
            out[i] = dot(c[i], x);
        }
    }

    /** Modified Gram–Schmidt; a vector that vanishes is replaced by the first unit vector orthogonal enough. */
    private static void orthonormalise(double[][] z) {
        int p = z[0].length;
        for (int j = 0; j < z.length; j++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < j; i++) {
                    double d = dot(z[i], z[j]);
                    for (int k = 0; k < p; k++) {
                        z[j][k] -= d * z[i][k];
                    }
                }
            }
            double norm = StrictMath.sqrt(dot(z[j], z[j]));
            int unit = 0;
            while (!(norm > 1e-150) && unit < p) {
                Arrays.fill(z[j], 0);
                z[j][unit++] = 1;
                for (int i = 0; i < j; i++) {
                    double d = dot(z[i], z[j]);
                    for (int k = 0; k < p; k++) {
                        z[j][k] -= d * z[i][k];
                    }
                }
                norm = StrictMath.sqrt(dot(z[j], z[j]));
                norm = norm > 0.5 ? norm : 0;
            }
            for (int k = 0; k < p; k++) {
                z[j][k] /= norm;
            }
        }
    }

    /** Indices by value descending, ties by index. */
    private static Integer[] order(double[] values) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> {
            int cmp = Double.compare(values[y], values[x]);
            return cmp != 0 ? cmp : Integer.compare(x, y);
        });
        return idx;
    }

    /** Cyclic Jacobi eigenvalue iteration of the symmetric {@code a} (destroyed); eigenvectors in the columns of {@code v}. */
    static double[] jacobi(double[][] a, double[][] v) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + StrictMath.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / StrictMath.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static double[] column(double[][] v, int c) {
        double[] d = new double[v.length];
        int largest = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = v[i][c];
            if (Math.abs(d[i]) > Math.abs(d[largest])) {
                largest = i;
            }
        }
        if (d[largest] < 0) {
            for (int i = 0; i < d.length; i++) {
                d[i] = -d[i];
            }
        }
        return d;
    }


    /** x·y. */
    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
