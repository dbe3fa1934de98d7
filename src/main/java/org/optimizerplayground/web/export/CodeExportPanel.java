package org.optimizerplayground.web.export;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.web.ui.Clipboard;

/**
 * The code panel (element id {@code code-export}, SPEC §8): tabs Keras / PyTorch, then one block
 * per run with its script (plain text in a {@code <pre>}: {@link KerasScript}, {@link PytorchScript}),
 * a Copy button, on the PyTorch tab a Jupyter notebook download ({@link Notebook}), and the notes on
 * where the framework's convention differs from the run's setting.
 *
 * <p>The code reaches the page only as element text and as the parameter {@code $0} of the
 * clipboard call, never as HTML or as part of a script.
 */
public class CodeExportPanel extends Composite<Div> {
    /** The element id of SPEC §8. */
    public static final String ID = "code-export";

    private final Tab kerasTab = new Tab();
    private final Tab pytorchTab = new Tab();
    private final Tabs tabs = new Tabs(kerasTab, pytorchTab);
    private final Div blocks = new Div();
    private Experiment experiment;

    public CodeExportPanel() {
        Div root = getContent();
        root.setId(ID);
        root.addClassName("code-export");
        kerasTab.setId("code-export-keras");
        pytorchTab.setId("code-export-pytorch");
        tabs.addSelectedChangeListener(e -> render());
        blocks.addClassName("code-export-blocks");
        root.add(new H3(getTranslation("export.title")), tabs, blocks);
        kerasTab.setLabel(getTranslation("export.keras"));
        pytorchTab.setLabel(getTranslation("export.pytorch"));
    }

    /** Shows the scripts of the experiment's runs (one block each), replacing what was shown. */
    public void show(Experiment experiment) {
        this.experiment = experiment;
        render();
    }

    /** True when the PyTorch tab is selected, false for Keras. */
    public boolean isPytorch() {
        return tabs.getSelectedTab() == pytorchTab;
    }

    /** Selects the PyTorch tab ({@code true}) or the Keras tab. */
    public void setPytorch(boolean pytorch) {
        tabs.setSelectedTab(pytorch ? pytorchTab : kerasTab);
    }

    private void render() {
        blocks.removeAll();
        if (experiment == null) {
            blocks.add(new Span(getTranslation("export.none")));
            return;
        }
        Experiment e = experiment;
        boolean pytorch = isPytorch();
        for (int i = 0; i < e.runs().size(); i++) {
            RunSpec run = e.runs().get(i);
            CodeExport.Snippet snippet = pytorch ? PytorchScript.of(e, i) : KerasScript.of(e, i);
            Div block = new Div();
            block.addClassName("code-export-run");

            Span title = new Span(getTranslation("export.run", i + 1, run.format()));
            title.addClassName("code-export-title");
            Button copy = new Button(getTranslation("export.copy"), click -> copy(snippet.code()));
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            copy.addClassName("code-export-copy");
            copy.getElement().setAttribute("aria-label", getTranslation("export.copy.run", i + 1));

            Pre code = new Pre();
            code.setText(snippet.code());
            code.addClassName("code-export-code");
            block.add(title, copy);
            if (pytorch) {
                int index = i;
                Anchor notebook = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = Notebook.of(e, index).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), Notebook.fileName(e, index),
                            "application/x-ipynb+json", bytes.length);
                }), getTranslation("export.notebook"));
                notebook.addClassName("code-export-notebook");
                notebook.getElement().setAttribute("aria-label", getTranslation("export.notebook.run", i + 1));
                block.add(notebook);
            }
            block.add(code);

            if (!snippet.notes().isEmpty()) {
                UnorderedList notes = new UnorderedList();
                notes.addClassName("code-export-notes");
                for (CodeExport.Note note : snippet.notes()) {
                    notes.add(new ListItem(getTranslation(note.key(), note.args().toArray())));
                }
                block.add(notes);
            }
            blocks.add(block);
        }
    }

    private void copy(String code) {
        Clipboard.copy(this, code, "export.copied", "export.copy.manual");
    }
}
