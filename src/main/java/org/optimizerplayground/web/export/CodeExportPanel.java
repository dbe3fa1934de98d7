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
import org.optimizerplayground.web.ui.InView;
import org.optimizerplayground.web.ui.WhenSeen;

/**
 * The code panel (element id {@code code-export}, SPEC §8): tabs Keras / PyTorch, then one block
 * per run with its script (plain text in a {@code <pre>}: {@link KerasScript}, {@link PytorchScript}),
 * a Copy button, on the PyTorch tab a Jupyter notebook download ({@link Notebook}), and the notes on
 * where the framework's convention differs from the run's setting.
 *
 * <p>The code reaches the page only as element text and as the parameter {@code $0} of the
 * clipboard call, never as HTML or as part of a script.
 *
 * <p>The scripts are written only while the panel can be seen: hidden by the link or out of the
 * viewport ({@link InView}), an edit only notes the experiment, and the panel writes its scripts
 * when it is shown again (an α edit used to rewrite every run's script in every tab).
 */
public class CodeExportPanel extends Composite<Div> {
    /** The element id of SPEC §8. */
    public static final String ID = "code-export";

    private final Tab kerasTab = new Tab();
    private final Tab pytorchTab = new Tab();
    private final Tabs tabs = new Tabs(kerasTab, pytorchTab);
    private final Div blocks = new Div();
    private Experiment experiment;
    private final java.util.List<Block> shown = new java.util.ArrayList<>();
    private boolean shownPytorch;
    /** The scripts are written only when they can be seen ({@link WhenSeen}). */
    private final WhenSeen whenSeen = new WhenSeen(this, () -> true, this::render);

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

    /**
     * Shows the scripts of the experiment's runs (one block each), replacing what was shown: at
     * once if the panel can be seen, else when it is shown again.
     */
    public void show(Experiment experiment) {
        this.experiment = experiment;
        whenSeen.changed();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (whenSeen != null) { // null while the superclass constructs
            whenSeen.check();
        }
    }

    /** True when the PyTorch tab is selected, false for Keras. */
    public boolean isPytorch() {
        return tabs.getSelectedTab() == pytorchTab;
    }

    /** Selects the PyTorch tab ({@code true}) or the Keras tab. */
    public void setPytorch(boolean pytorch) {
        tabs.setSelectedTab(pytorch ? pytorchTab : kerasTab);
    }

    /**
     * Shows the scripts. When the runs' number and the tab stay, the blocks stay and only the text
     * that changed is written (an α change rewrites a few lines of text, not every block's elements).
     */
    private void render() {
        whenSeen.drawn();
        if (experiment == null) {
            blocks.removeAll();
            shown.clear();
            blocks.add(new Span(getTranslation("export.none")));
            return;
        }
        Experiment e = experiment;
        boolean pytorch = isPytorch();
        if (shown.size() != e.runs().size() || shownPytorch != pytorch) {
            blocks.removeAll();
            shown.clear();
            shownPytorch = pytorch;
            for (int i = 0; i < e.runs().size(); i++) {
                Block b = new Block(i, pytorch);
                shown.add(b);
                blocks.add(b.root);
            }
        }
        for (int i = 0; i < e.runs().size(); i++) {
            RunSpec run = e.runs().get(i);
            shown.get(i).show(getTranslation("export.run", i + 1, run.format()),
                    pytorch ? PytorchScript.of(e, i) : KerasScript.of(e, i));
        }
    }

    /** The block of one run: title, Copy, (notebook), the code and the notes; its texts are set in place. */
    private final class Block {
        final Div root = new Div();
        final Span title = new Span();
        final Pre code = new Pre();
        final Div notesBox = new Div();
        String codeText = "";
        java.util.List<String> notesShown = java.util.List.of();

        Block(int i, boolean pytorch) {
            root.addClassName("code-export-run");
            title.addClassName("code-export-title");
            Button copy = new Button(getTranslation("export.copy"), click -> copy(codeText));
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            copy.addClassName("code-export-copy");
            copy.getElement().setAttribute("aria-label", getTranslation("export.copy.run", i + 1));
            code.addClassName("code-export-code");
            root.add(title, copy);
            if (pytorch) {
                Anchor notebook = new Anchor(DownloadHandler.fromInputStream(event -> {
                    Experiment now = experiment;
                    byte[] bytes = Notebook.of(now, i).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), Notebook.fileName(now, i),
                            "application/x-ipynb+json", bytes.length);
                }), getTranslation("export.notebook"));
                notebook.addClassName("code-export-notebook");
                notebook.getElement().setAttribute("aria-label", getTranslation("export.notebook.run", i + 1));
                root.add(notebook);
            }
            notesBox.getStyle().set("display", "contents");
            root.add(code, notesBox);
        }

        void show(String titleText, CodeExport.Snippet snippet) {
            if (!titleText.equals(title.getText())) {
                title.setText(titleText);
            }
            if (!snippet.code().equals(codeText)) {
                codeText = snippet.code();
                code.setText(codeText);
            }
            java.util.List<String> notes = snippet.notes().stream()
                    .map(n -> getTranslation(n.key(), n.args().toArray())).toList();
            if (!notes.equals(notesShown)) {
                notesShown = notes;
                notesBox.removeAll();
                if (!notes.isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    list.addClassName("code-export-notes");
                    notes.forEach(n -> list.add(new ListItem(n)));
                    notesBox.add(list);
                }
            }
        }
    }

    private void copy(String code) {
        Clipboard.copy(this, code, "export.copied", "export.copy.manual");
    }
}
