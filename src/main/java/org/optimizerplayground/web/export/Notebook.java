package org.optimizerplayground.web.export;

import static org.optimizerplayground.web.export.PythonText.py;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.web.export.CodeExport.Snippet;
import org.optimizerplayground.web.json.JsonWriter;

/**
 * A run's PyTorch script as a Jupyter notebook (nbformat 4.5): a title cell with the link, the
 * script of {@link PytorchScript} as it is, and a matplotlib cell that plots J per update and the
 * path on the contour map of J (J(w) with the path for 1-D surfaces) over the page's view window.
 */
public final class Notebook {
    private Notebook() {
    }

    /** The file name the page saves it under, e.g. {@code optimizer-playground-rosenbrock-run1.ipynb}. */
    public static String fileName(Experiment e, int index) {
        return "optimizer-playground-" + e.surface().id() + "-run" + (index + 1) + ".ipynb";
    }

    /** The notebook's JSON text. */
    public static String of(Experiment experiment, int index) {
        RunSpec run = experiment.runs().get(index);
        Snippet script = PytorchScript.of(experiment, index);
        String query = Link.format(experiment);
        String title = "# Optimizer Playground: run " + (index + 1) + ", `" + run.format() + "`\n\n"
                + "The page's experiment `?" + query + "` replayed in PyTorch (float64): the first cell prints "
                + "θ, J and ∇J after every update in the columns of the page's CSV download, the second plots "
                + "them (matplotlib).";
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"markdown", title});
        cells.add(new String[] {"code", script.code().stripTrailing()});
        cells.add(new String[] {"code", plot(experiment)});
        return JsonWriter.string(json -> write(json, cells));
    }

    private static void write(JsonWriter json, List<String[]> cells) throws IOException {
        json.beginObject();
        json.name("cells").beginArray();
        for (int i = 0; i < cells.size(); i++) {
            String[] cell = cells.get(i);
            json.beginObject();
            json.name("cell_type").value(cell[0]);
            json.name("id").value("cell-" + (i + 1));
            json.name("metadata").beginObject().endObject();
            if (cell[0].equals("code")) {
                json.name("execution_count").nullValue();
                json.name("outputs").beginArray().endArray();
            }
            json.name("source").beginArray();
            for (String line : lines(cell[1])) {
                json.value(line);
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("metadata").beginObject();
        json.name("kernelspec").beginObject().name("display_name").value("Python 3").name("language").value("python")
                .name("name").value("python3").endObject();
        json.name("language_info").beginObject().name("name").value("python").endObject();
        json.endObject();
        json.name("nbformat").value(4L);
        json.name("nbformat_minor").value(5L);
        json.endObject();
    }

    /** The lines of a cell's source as nbformat stores them: each but the last keeps its newline. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                lines.add(text.substring(from));
                break;
            }
            lines.add(text.substring(from, end + 1));
            from = end + 1;
        }
        return lines;
    }

    private static String plot(Experiment e) {
        double[] v = e.view();
        StringBuilder s = new StringBuilder();
        s.append("import matplotlib.pyplot as plt\n\n");
        s.append("ks = [k for k, _, _ in history]\n");
        s.append("losses = [loss for _, _, loss in history]\n");
        s.append("fig, (ax_loss, ax_map) = plt.subplots(1, 2, figsize=(12, 5))\n");
        s.append("ax_loss.plot(ks, losses)\n");
        s.append("ax_loss.set_xlabel(\"update k\")\n");
        s.append("ax_loss.set_ylabel(\"J\")\n");
        s.append("if all(v > 0 for v in losses):\n    ax_loss.set_yscale(\"log\")\n");
        if (e.dimension() == 1) {
            s.append("with torch.no_grad():\n");
            s.append("    w = torch.linspace(").append(py(v[0])).append(", ").append(py(v[1])).append(", 400)\n");
            s.append("    ax_map.plot(w.numpy(), J(w).numpy())\n");
            s.append("ax_map.plot([t[0] for _, t, _ in history], losses, \"o-\", markersize=3)\n");
            s.append("ax_map.set_xlabel(\"w\")\n");
            s.append("ax_map.set_ylabel(\"J(w)\")\n");
        } else {
            s.append("with torch.no_grad():\n");
            s.append("    x, y = torch.meshgrid(torch.linspace(").append(py(v[0])).append(", ").append(py(v[1]))
                    .append(", 200), torch.linspace(").append(py(v[2])).append(", ").append(py(v[3]))
                    .append(", 200), indexing=\"xy\")\n");
            s.append("    z = J(x, y)\n");
            s.append("# Bands of log(1 + J - min J), so that steep surfaces keep their valleys visible.\n");
            s.append("ax_map.contourf(x.numpy(), y.numpy(), torch.log1p(z - z.min()).numpy(), levels=30, cmap=\"viridis\")\n");
            s.append("ax_map.plot([t[0] for _, t, _ in history], [t[1] for _, t, _ in history], \"o-\", color=\"white\","
                    + " markersize=2)\n");
            s.append("ax_map.set_xlim(").append(py(v[0])).append(", ").append(py(v[1])).append(")\n");
            s.append("ax_map.set_ylim(").append(py(v[2])).append(", ").append(py(v[3])).append(")\n");
            s.append("ax_map.set_xlabel(\"x\")\n");
            s.append("ax_map.set_ylabel(\"y\")\n");
        }
        s.append("plt.show()");
        return s.toString();
    }
}
