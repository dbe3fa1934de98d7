package org.optimizerplayground.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.BatchOrder;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.Inputs;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.NetworkSeeds;
import org.optimizerplayground.engine.network.Points;
import org.optimizerplayground.engine.network.TrainRecording.RunRecord;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.api.NetworkLimits.Part;
import org.optimizerplayground.web.json.JsonWriter;

/** The answer of {@code GET /api/train}: its JSON (with what {@code include} adds) and its CSV. */
final class TrainAnswer {
    private TrainAnswer() {
    }

    static void writeJson(JsonWriter json, NetworkProblem problem, int every, List<RunRecord> runs,
                          Set<Part> include) throws IOException {
        TrainSpec spec = problem.spec();
        Architecture arch = spec.architecture();
        json.beginObject();
        json.name("link").value(NetworkLink.format(spec));
        json.name("dataset").value(spec.data().shape().id());
        json.name("n").value(spec.data().n());
        json.name("noise").value(spec.data().noise());
        json.name("test").value(spec.data().testShare());
        json.name("seed").value(spec.seed());
        json.name("features").beginArray();
        for (Feature f : arch.features()) {
            json.value(f.id());
        }
        json.endArray();
        json.name("layers").beginArray();
        for (int units : arch.hidden()) {
            json.value(units);
        }
        json.endArray();
        json.name("activation").value(arch.activation().id());
        json.name("loss").value(arch.loss().id());
        json.name("l2").value(arch.l2());
        json.name("batch").value(spec.batch());
        json.name("steps").value(spec.steps());
        json.name("every").value(every);
        json.name("parameters").value(arch.parameterCount());
        json.name("train_points").value(spec.data().trainCount());
        json.name("test_points").value(spec.data().testCount());
        json.name("runs").beginArray();
        for (RunRecord r : runs) {
            json.beginObject();
            json.name("spec").value(r.run().format());
            json.name("optimizer").value(r.run().optimizerId());
            json.name("params");
            TrajectoryController.writeParams(json, r.run());
            json.name("status").value(r.status().key());
            json.name("points").beginArray();
            for (int i = 0; i < r.size(); i++) {
                json.beginObject();
                json.name("k").value(r.k(i));
                json.name("batch_loss").value(r.batchLoss(i));
                json.name("train_loss").value(r.trainLoss(i));
                json.name("train_acc").value(r.trainAccuracy(i));
                json.name("test_loss").value(r.testLoss(i));
                json.name("test_acc").value(r.testAccuracy(i));
                json.name("penalty").value(r.penalty(i));
                json.name("lr").value(r.lr(i));
                if (r.keepsTheta()) {
                    json.name("theta").beginArray();
                    for (int j = 0; j < r.dimension(); j++) {
                        json.value(r.theta(i, j));
                    }
                    json.endArray();
                }
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        if (include.contains(Part.DATA)) {
            json.name("data").beginObject();
            points(json, "train", problem.split().train(), problem.train());
            points(json, "test", problem.split().test(), problem.test());
            json.endObject();
        }
        if (include.contains(Part.INIT)) {
            double[] init = problem.initialParameters();
            json.name("init").values(init, 0, init.length);
        }
        if (include.contains(Part.ORDER)) {
            int m = problem.train().rows();
            BatchOrder order = new BatchOrder(m, spec.batch(), NetworkSeeds.of(spec.seed()).order());
            json.name("order").beginArray();
            for (int k = 0; k < spec.steps(); k++) {
                order.advance();
                if (order.from() == 0) {
                    json.beginArray();
                    for (int i = 0; i < m; i++) {
                        json.value(order.row(i));
                    }
                    json.endArray();
                }
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void points(JsonWriter json, String name, Points points, Inputs inputs) throws IOException {
        json.name(name).beginObject();
        json.name("x").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.x(i));
        }
        json.endArray().name("y").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.y(i));
        }
        json.endArray().name("label").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.label(i));
        }
        json.endArray().name("inputs").beginArray();
        for (int i = 0; i < inputs.rows(); i++) {
            json.beginArray();
            for (int j = 0; j < inputs.columns(); j++) {
                json.value(inputs.value(i, j));
            }
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }

    static void writeCsv(Writer out, List<RunRecord> runs, boolean theta) throws IOException {
        out.write("run,k,batch_loss,train_loss,train_acc,test_loss,test_acc,penalty,lr");
        int dim = runs.get(0).dimension();
        if (theta) {
            for (int j = 1; j <= dim; j++) {
                out.write(",theta" + j);
            }
        }
        out.write('\n');
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            for (int i = 0; i < run.size(); i++) {
                out.write(Integer.toString(r));
                out.write(',');
                out.write(Integer.toString(run.k(i)));
                cell(out, run.batchLoss(i));
                cell(out, run.trainLoss(i));
                cell(out, run.trainAccuracy(i));
                cell(out, run.testLoss(i));
                cell(out, run.testAccuracy(i));
                cell(out, run.penalty(i));
                cell(out, run.lr(i));
                if (theta) {
                    for (int j = 0; j < dim; j++) {
                        cell(out, run.theta(i, j));
                    }
                }
                out.write('\n');
            }
        }
    }

    private static void cell(Writer out, double v) throws IOException {
        out.write(',');
        if (Double.isFinite(v)) {
            out.write(Numbers.format(v));
        }
    }
}
