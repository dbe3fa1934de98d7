package org.optimizerplayground.web.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;

/** The code panel: one block per run, plain text, tabs, translated notes. */
class CodeExportPanelTest {
    @BeforeEach
    void openTab() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void closeTab() {
        MockVaadin.tearDown();
    }

    private static List<String> codes(CodeExportPanel panel) {
        return _find(panel, Pre.class).stream().map(Pre::getText).toList();
    }

    @Test
    void showsOneBlockPerRunForEachFramework() {
        CodeExportPanel panel = new CodeExportPanel();
        UI.getCurrent().add(panel);
        assertEquals("code-export", panel.getId().orElseThrow());
        Experiment e = Link.read("run=adam(lr=0.05)&run=momentum(decay=0.5,decay_steps=10)");
        panel.show(e);

        assertFalse(panel.isPytorch());
        assertEquals(List.of(KerasScript.of(e, 0).code(), KerasScript.of(e, 1).code()), codes(panel));
        assertEquals(2, _find(panel, Button.class).size());
        assertTrue(_find(panel, Anchor.class).isEmpty(), "the notebook is PyTorch's");

        panel.setPytorch(true);
        assertEquals(List.of(PytorchScript.of(e, 0).code(), PytorchScript.of(e, 1).code()), codes(panel));
        List<Anchor> notebooks = _find(panel, Anchor.class);
        assertEquals(2, notebooks.size(), "one notebook download per run");
        assertEquals("Notebook (.ipynb)", notebooks.get(0).getText());
        List<String> notes = _find(panel, ListItem.class).stream().map(ListItem::getText).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("torch.optim.Adam adds ε outside the root")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Under a learning-rate schedule torch.optim.SGD")),
                notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.contains("!") || n.contains("{")), notes.toString());
    }

    @Test
    void codeIsTextNotMarkup() {
        CodeExportPanel panel = new CodeExportPanel();
        UI.getCurrent().add(panel);
        panel.show(Link.read("run=sgd"));
        Pre pre = _find(panel, Pre.class).get(0);
        assertTrue(pre.getElement().getChildren().allMatch(com.vaadin.flow.dom.Element::isTextNode));
        assertTrue(pre.getElement().getProperty("innerHTML") == null);
    }

    @Test
    void spanishNotes() {
        UI.getCurrent().setLocale(new Locale("es"));
        CodeExportPanel panel = new CodeExportPanel();
        UI.getCurrent().add(panel);
        panel.show(Link.read("run=nadam"));
        List<String> notes = _find(panel, ListItem.class).stream().map(ListItem::getText).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("El Nadam de Keras tiene un programa de momento fijo")),
                notes.toString());
    }

    @Test
    void nothingBeforeTheFirstExperiment() {
        CodeExportPanel panel = new CodeExportPanel();
        UI.getCurrent().add(panel);
        assertTrue(codes(panel).isEmpty());
    }
}
