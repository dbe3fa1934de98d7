package org.optimizerplayground.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.RunSpec;

/**
 * Which runs go through {@code torch.optim} and which get the playground's update written out
 * (the README's table), and the exact optimizer line of each kind.
 */
class TorchOptimizerTest {
    private static String line(String run) {
        return TorchOptimizer.of(RunSpec.parse(run)).construction();
    }

    private static boolean direct(String run) {
        return TorchOptimizer.of(RunSpec.parse(run)).direct();
    }

    @Test
    void whereTorchOptimTakesThePlaygroundsSteps() {
        Map<String, Boolean> table = new LinkedHashMap<>();
        for (String run : new String[] {"sgd", "sgd(decay=0.5)", "momentum", "momentum(decay=0.5)", "nesterov",
                "nesterov(decay=0.5)", "momentum-ema", "momentum-ema(decay=0.5)", "rmsprop(eps_mode=inside)",
                "rmsprop(eps_mode=outside)", "adagrad(eps_mode=inside)", "adagrad(eps_mode=outside)",
                "adam(eps_mode=inside)", "adam(eps_mode=outside)", "adam(eps_mode=hat)",
                "adam(eps_mode=outside,amsgrad=true)", "adamw(eps_mode=inside)", "adamw(eps_mode=outside)",
                "adamw(eps_mode=hat)", "nadam(eps_mode=inside)", "nadam(eps_mode=outside)", "adadelta", "adamax",
                "lion"}) {
            table.put(run, direct(run));
        }
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("sgd", true);
        expected.put("sgd(decay=0.5)", true);
        expected.put("momentum", true);
        expected.put("momentum(decay=0.5)", false);
        expected.put("nesterov", true);
        expected.put("nesterov(decay=0.5)", false);
        expected.put("momentum-ema", true);
        expected.put("momentum-ema(decay=0.5)", true);
        expected.put("rmsprop(eps_mode=inside)", false);
        expected.put("rmsprop(eps_mode=outside)", true);
        expected.put("adagrad(eps_mode=inside)", false);
        expected.put("adagrad(eps_mode=outside)", true);
        expected.put("adam(eps_mode=inside)", false);
        expected.put("adam(eps_mode=outside)", true);
        expected.put("adam(eps_mode=hat)", false);
        expected.put("adam(eps_mode=outside,amsgrad=true)", true);
        expected.put("adamw(eps_mode=inside)", false);
        expected.put("adamw(eps_mode=outside)", true);
        expected.put("adamw(eps_mode=hat)", false);
        expected.put("nadam(eps_mode=inside)", false);
        expected.put("nadam(eps_mode=outside)", true);
        expected.put("adadelta", true);
        expected.put("adamax", true);
        expected.put("lion", false);
        assertEquals(expected, table);
    }

    @Test
    void theOptimizerLines() {
        assertEquals("optimizer = torch.optim.SGD([theta], lr=alpha, momentum=0.95, nesterov=False)\n",
                line("momentum(beta=0.95)"));
        assertEquals("optimizer = PlaygroundMomentum([theta], lr=alpha, beta=0.9)\n", line("momentum(decay=0.5)"));
        assertEquals("optimizer = torch.optim.SGD([theta], lr=alpha * (1 - 0.8), momentum=0.8, nesterov=False)\n",
                line("momentum-ema(beta=0.8,decay=0.9)"));
        assertEquals("optimizer = torch.optim.SGD([theta], lr=alpha, momentum=0.0, nesterov=False)\n",
                line("nesterov(beta=0)"), "PyTorch refuses nesterov=True without momentum");
        assertEquals("optimizer = torch.optim.RMSprop([theta], lr=alpha, alpha=0.9, eps=1e-07, momentum=0.0,"
                + " centered=False)\n", line("rmsprop(eps_mode=outside)"));
        assertEquals("optimizer = torch.optim.AdamW([theta], lr=alpha, betas=(0.9, 0.999), eps=1e-07,"
                + " weight_decay=0.05, amsgrad=True)\n", line("adamw(eps_mode=outside,weight_decay=0.05,amsgrad=true)"));
        assertEquals("optimizer = PlaygroundAdam([theta], lr=alpha, betas=(0.9, 0.999), eps=1e-07, eps_mode=\"hat\","
                + " amsgrad=False, weight_decay=0.0)\n", line("adam(eps_mode=hat)"));
        assertEquals("optimizer = torch.optim.Adagrad([theta], lr=alpha, lr_decay=0.0, eps=1e-07,"
                + " initial_accumulator_value=0.1)\n", line("adagrad(eps_mode=outside,initial_accumulator=0.1)"));
        assertEquals("optimizer = torch.optim.Adamax([theta], lr=alpha, betas=(0.9, 0.999), eps=1e-07)\n",
                line("adamax"));
        assertEquals("optimizer = Lion([theta], lr=alpha, betas=(0.9, 0.99), weight_decay=0.0)\n", line("lion"));
    }
}
